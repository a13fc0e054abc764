// Issue #6: after one visit the app loads and works with no network, PDF export and its font included.
// Playwright's setOffline may not cut a service worker's own fetches, so the test also proves every
// file came from the worker's cache: each response is fromServiceWorker(), and the worker itself made
// no network request while offline (its requests are seen: it made many while precaching).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { launchBrowser } from './chromium.mjs';
import { APP_URL, walkQuickCheck } from './helpers.mjs';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');
const origin = new URL(APP_URL).origin;
const isOwn = (url) => url.startsWith('http') && new URL(url).origin === origin;

/** Every file of the build the app could ask for: all of dist/ except the worker itself. */
function builtFiles(dir = dist) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? builtFiles(join(dir, entry.name)) : [`/${relative(dist, join(dir, entry.name))}`],
  ).filter((path) => path !== '/sw.js');
}

let context;
before(async () => {
  context = await launchBrowser();
});
after(() => context?.close());

test('after one visit online, the app loads, walks a quick check and exports a PDF offline', async () => {
  const workerRequests = [];
  context.on('request', (request) => {
    if (request.serviceWorker()) workerRequests.push(request.url());
  });
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const page = context.pages()[0] ?? (await context.newPage());

  // Online, once: the worker installs and precaches the whole build.
  await page.goto(APP_URL);
  await page.getByRole('status').filter({ hasText: 'Ready to work offline' }).waitFor({ timeout: 30_000 });
  assert.ok(workerRequests.length > 0, 'the recorder sees the service worker’s own requests');

  const manifest = await page.evaluate(async () => (await fetch('/manifest.webmanifest')).json());
  assert.equal(manifest.name, 'STEM Teacher Leadership Planner');
  assert.equal(manifest.display, 'standalone');
  assert.ok(manifest.icons.some((icon) => icon.purpose === 'maskable'));

  const cached = await page.evaluate(async () => {
    const paths = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
    }
    return paths;
  });
  const missing = builtFiles().filter((path) => !cached.includes(path));
  assert.deepEqual(missing, [], `built files not precached: ${missing.join(', ')}`);
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  assert.doesNotMatch(sw, /importScripts|https?:\/\/(?!bit\.ly\/wb-precache)/, 'sw.js loads nothing, least of all from a CDN');

  // Offline from here on.
  await context.setOffline(true);
  workerRequests.length = 0;
  const failed = [];
  const notFromWorker = [];
  const fromWorker = [];
  context.on('requestfailed', (request) => failed.push(`${request.url()} ${request.failure()?.errorText}`));
  context.on('response', (response) => {
    if (!isOwn(response.url()) || response.request().serviceWorker()) return;
    (response.fromServiceWorker() ? fromWorker : notFromWorker).push(new URL(response.url()).pathname);
  });

  await page.reload();
  assert.equal(await page.evaluate(() => navigator.onLine), false);
  assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'the worker controls the page');
  await page.getByRole('heading', { name: /plan/i, level: 1 }).first().waitFor();

  await walkQuickCheck(page); // the wizard's lazy chunk
  await page.getByRole('button', { name: 'Continue to results' }).click();
  await page.getByRole('heading', { name: 'Your readiness results' }).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the readiness report (PDF)' }).click(),
  ]);
  const path = join(mkdtempSync(join(tmpdir(), 'stl-offline-pdf-')), download.suggestedFilename());
  await download.saveAs(path);
  assert.equal(readFileSync(path).subarray(0, 5).toString('latin1'), '%PDF-');
  assert.match(execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }), /Lincoln High School/);

  assert.deepEqual(failed, [], 'no request failed');
  assert.deepEqual(notFromWorker, [], 'every file came from the service worker');
  assert.deepEqual(workerRequests, [], 'the worker went to the network for nothing');
  for (const lazy of [/^\/$/, /wizard-screens-.*\.js$/, /jspdf\.es\.min-.*\.js$/, /autotable-.*\.js$/, /build-plan-pdf-.*\.js$/, /DejaVuSans-.*\.ttf$/]) {
    assert.ok(fromWorker.some((p) => lazy.test(p)), `${lazy} was served by the worker offline`);
  }
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
});
