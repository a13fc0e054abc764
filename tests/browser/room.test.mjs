// The facilitator room in Chromium: open several participants' files and one bad one, record a
// consensus, export the room report and read it back, scan with axe, reset for the next group.
// Set SCREENSHOT_DIR to also save full-page screenshots at 1280 and 390 px.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { expectNoAxeViolations } from './axe.mjs';
import { AXE_CONTEXT, launchBrowser } from './chromium.mjs';
import { APP_URL, exportWithoutLongTasks } from './helpers.mjs';

const SHOTS = process.env.SCREENSHOT_DIR;
let context;
let page;
const dir = mkdtempSync(join(tmpdir(), 'stl-room-'));

before(async () => {
  execFileSync('npx', ['tsx', 'scripts/make-participant-files.ts', dir, '4'], { stdio: 'ignore' });
  writeFileSync(join(dir, 'not-a-plan.json'), '{"hello": "world"}');
  context = await launchBrowser(AXE_CONTEXT);
  page = context.pages()[0] ?? (await context.newPage());
  await page.goto(APP_URL);
});
after(async () => context?.close());

async function shot(name) {
  if (!SHOTS) return;
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('participants’ files combine in the room; a bad file is listed with its reason', async () => {
  await page.getByRole('button', { name: 'Workshop room: individual, then team' }).click();
  await page.getByRole('heading', { level: 1, name: 'Workshop room: individual, then team' }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');

  const files = readdirSync(dir).map((f) => join(dir, f));
  await page.getByLabel('Plan files saved by participants').setInputFiles(files);
  await page.getByText('Added 4 participants. 1 file was not added; see why below.').waitFor();
  assert.ok(await page.getByText(/not-a-plan\.json.*not a plan saved by the STEM Teacher Leadership Planner/).isVisible());
  const table = page.getByRole('table', { name: /^Participants \(\d+\)$/ });
  assert.equal(await table.getByRole('row').count(), 5);
  assert.ok(await table.getByRole('rowheader', { name: 'Participant 1' }).isVisible());
  assert.ok(await table.getByText('Lincoln High School 1').isVisible());

  // The same file again is noticed by its content and skipped; the first batch's note stays listed.
  await page.getByLabel('Plan files saved by participants').setInputFiles(files.filter((f) => f.includes('participant-01')));
  await page.getByText('Added 0 participants. 1 file was not added; see why below.').waitFor();
  assert.ok(await page.getByText(/This same file is already in the room/).isVisible());
  assert.ok(await page.getByRole('heading', { name: 'Files not added (2)' }).isVisible());

  assert.ok(await page.getByRole('heading', { name: 'Most disputed items' }).isVisible());
  await expectNoAxeViolations(page, 'the room with participants');
  await shot('room');
});

test('a consensus is recorded, the room report downloads and reads back, and the room resets', async () => {
  const group = page.getByRole('group', { name: /^Consensus for item 1\.1/ });
  await group.getByLabel('Prepared').check();
  // Any item count: it changes when the content is revised.
  assert.ok(await page.getByText(/1 of \d+ items have a consensus\./).isVisible());

  // Built in the worker the idle room screen started: no main-thread task over 100 ms meanwhile (issue 15).
  const button = await page.getByRole('button', { name: 'Download the room report (PDF)' }).elementHandle();
  await button.hover();
  const [download] = await exportWithoutLongTasks(page, 'the room report', () =>
    Promise.all([page.waitForEvent('download'), button.click()]),
  );
  const path = join(mkdtempSync(join(tmpdir(), 'stl-room-pdf-')), download.suggestedFilename());
  await download.saveAs(path);
  assert.match(download.suggestedFilename(), /^STEM-workshop-room-report-\d{4}-\d{2}-\d{2}\.pdf$/);
  const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
  for (const expected of ['Participant 1', 'Participant 2', 'Workshop Room Report', 'Building STEM Teacher Leadership', 'Most disputed items'])
    assert.ok(text.includes(expected), `the report mentions “${expected}”`);
  assert.ok(text.replace(/\s+/g, ' ').includes('We have compared where STEM stands today'), 'the report holds the items');
  await page.getByText(`Downloaded “${download.suggestedFilename()}”.`).waitFor();
  await expectNoAxeViolations(page, 'the room after export');

  // Reset: Escape cancels, then "Reset without saving" clears the room and stays on it.
  await page.getByRole('button', { name: 'Reset for the next group' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset for the next group?' });
  await dialog.waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Cancel');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  assert.equal(await page.getByRole('table', { name: /^Participants \(\d+\)$/ }).getByRole('row').count(), 5);
  await page.getByRole('button', { name: 'Reset for the next group' }).click();
  await dialog.getByRole('button', { name: 'Reset without saving' }).click();
  await page.getByText('No participants yet. Add their files above.').waitFor();
  assert.ok(await page.getByRole('heading', { level: 1, name: 'Workshop room: individual, then team' }).isVisible());
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('stem-teacher-leadership-planner') ?? 'null'));
  assert.deepEqual(saved.state.room, { name: '', participants: [], consensus: {} });
});
