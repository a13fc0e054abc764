// Issue #5: the app makes no request to any other origin and breaks none of its own CSP rules,
// through a full walk, a file save and open, and (once it exists) the PDF export.
import assert from 'node:assert/strict';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { launchBrowser } from './chromium.mjs';
import { APP_URL, openFile, saveCopy, walkQuickCheck } from './helpers.mjs';

let context;
before(async () => {
  context = await launchBrowser();
});
after(() => context?.close());

/**
 * PDF EXPORT HOOK: the PDF export is being built on another branch. When its button exists on the
 * review page this clicks it and waits for the file, so the no-other-origin check covers it with no
 * further change; if the button gets a different name, adjust the pattern here.
 */
/** From the review page: on to the results, and export the readiness report. */
async function exportPdf(page) {
  await page.getByRole('button', { name: 'Continue to results' }).click();
  const button = page.getByRole('button', { name: /download.*pdf/i });
  const [download] = await Promise.all([page.waitForEvent('download'), button.first().click()]);
  return download;
}

test('no request leaves the app’s origin and no CSP rule is broken, through walk, save, open and export', async () => {
  const origin = new URL(APP_URL).origin;
  const requests = [];
  const cspMessages = [];
  context.on('request', (request) => requests.push(request.url()));
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspMessages.push(message.text());
  });

  await page.goto(APP_URL);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(csp, /default-src 'self'/);
  assert.match(csp, /connect-src 'self'/);

  await walkQuickCheck(page);

  const download = await saveCopy(page);
  assert.match(download.suggestedFilename(), /^stem-plan-lincoln-high-school-\d{4}-\d{2}-\d{2}-\d{6}\.json$/);
  const path = join(await mkdtemp(join(tmpdir(), 'stl-save-')), download.suggestedFilename());
  await download.saveAs(path);
  const file = JSON.parse(await readFile(path, 'utf8'));
  assert.equal(file.app, 'stem-teacher-leadership-planner');
  assert.equal(file.state.profile.orgName, 'Lincoln High School');

  await openFile(page, path);
  await page.getByRole('dialog', { name: 'Replace your current answers?' }).getByRole('button', { name: 'Replace my answers' }).click();
  await page.getByRole('heading', { name: /^Opened stem-plan-/ }).waitFor();
  await page.getByRole('button', { name: 'Undo' }).click();

  await openFile(page, { name: 'plan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n') });
  await page.getByRole('alert').filter({ hasText: 'plan.pdf was not opened' }).waitFor();

  await page.getByRole('link', { name: 'Privacy' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your answers stay on this computer' }).waitFor();
  await page.goBack();

  const pdf = await exportPdf(page);
  assert.match(pdf.suggestedFilename(), /\.pdf$/);
  assert.ok(
    requests.some((url) => url.endsWith('.ttf')),
    'the export loaded the self-hosted font from the app’s own origin',
  );

  const foreign = requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin);
  assert.deepEqual(foreign, [], `requests to other origins: ${foreign.join(', ')}`);
  assert.ok(requests.some((url) => url.includes('/assets/')), 'the recorder saw the app’s own requests');
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  assert.deepEqual(cspMessages, []);
  await page.close();
});
