// Issue #6: a new deployment is announced, never applied by itself; "Reload to update" applies it.
// Serves dist/ itself (not vite preview) so it can publish a "new version": the same build with a
// byte-different sw.js, which is exactly what the browser checks for an update.
// Set SCREENSHOT_DIR to save screenshots of the offline status and the update notice.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { launchBrowser } from './chromium.mjs';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');
const SHOTS = process.env.SCREENSHOT_DIR;
const WIDTH = Number(process.env.VIEWPORT_WIDTH ?? 1280);
const TYPES = {
  '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.ttf': 'font/ttf', '.webmanifest': 'application/manifest+json', '.json': 'application/json',
};

let version = 1;
const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(dist, path === '/' ? 'index.html' : path);
  try {
    let body = await readFile(file);
    if (path === '/sw.js') body = Buffer.concat([body, Buffer.from(`\n// deployment ${version}\n`)]);
    // As the README asks of hosts: the worker script is never cached.
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});

let context;
let url;
before(async () => {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${server.address().port}/`;
  context = await launchBrowser({ viewport: { width: WIDTH, height: 900 } });
});
after(async () => {
  await context?.close();
  server.close();
});

test('a new version waits for the user: the notice shows, and Reload to update starts it', async () => {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  await page.getByRole('status').filter({ hasText: 'Ready to work offline' }).waitFor({ timeout: 30_000 });
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `offline-ready-${WIDTH}.png`) });

  version = 2; // a new deployment
  let navigations = 0;
  // Page loads only: moving between screens changes the address (pushState) without loading anything.
  page.on('load', () => navigations++);
  await page.reload();
  const heading = page.getByRole('heading', { name: 'A new version is available' });
  await heading.waitFor({ timeout: 30_000 });
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `update-notice-${WIDTH}.png`) });
  const before = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);

  // Typing into a field must not be interrupted: nothing reloads until the button is pressed.
  await page.getByRole('button', { name: 'Start a quick check' }).click();
  await page.getByLabel('Name of your school or district').fill('Lincoln High School');
  await page.waitForTimeout(1000);
  assert.equal(navigations, 1, 'only the reload the test made');
  assert.equal(await page.getByLabel('Name of your school or district').inputValue(), 'Lincoln High School');

  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload to update' }).click()]);
  await page.getByLabel('Name of your school or district').waitFor();
  assert.equal(await heading.count(), 0, 'the notice is gone once the new version runs');
  assert.equal(await page.getByLabel('Name of your school or district').inputValue(), 'Lincoln High School');
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `after-update-${WIDTH}.png`) });
  assert.ok(before, 'a worker controlled the page before');
  const waiting = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null);
  assert.equal(waiting, null, 'the new worker is active, none waits');
});
