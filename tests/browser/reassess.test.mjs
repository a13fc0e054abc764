// Reassessment end to end (issue 14): finish a quick check, start a reassessment from its snapshot, change
// three ratings, and see exactly those three as moved in the progress view and in the exported PDF.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { expectNoAxeViolations } from './axe.mjs';
import { AXE_CONTEXT, launchBrowser } from './chromium.mjs';
import { APP_URL, fillProfile } from './helpers.mjs';

const SHOTS = process.env.SCREENSHOT_DIR;
let context;
let page;

before(async () => {
  context = await launchBrowser({ ...AXE_CONTEXT, viewport: { width: 1280, height: 900 } });
  page = context.pages()[0] ?? (await context.newPage());
  await page.goto(APP_URL);
});
after(async () => context?.close());

/** Rate every item on the current step at `level` (or per item with a function), then save. */
async function rateStep(levelOf) {
  await page.locator('input[type=radio][name^="ratings."]').first().waitFor();
  const groups = await page.evaluate(() => [...new Set([...document.querySelectorAll('input[type=radio][name^="ratings."]')].map((i) => i.name))]);
  for (const [index, name] of groups.entries()) {
    const level = levelOf(index);
    if (!level) continue;
    const id = await page.evaluate(({ name, level }) => document.querySelector(`input[name="${name}"][value="${level}"]`).id, { name, level });
    await page.locator(`label[for="${id}"]`).click();
  }
  await page.getByRole('button', { name: /^Save and (continue|return to review)$/ }).click();
}

const statements = [];
let snapshotFile;

test('a finished quick check is kept as a snapshot on the start page', async () => {
  await page.getByRole('button', { name: 'Start a quick check' }).click();
  await fillProfile(page);
  for (let step = 0; step < 7; step++) await rateStep(() => 'developing');
  await page.getByRole('heading', { name: 'Check your answers' }).waitFor();
  await page.getByRole('button', { name: 'Continue to results' }).click();
  await page.getByRole('heading', { name: 'Your readiness results' }).waitFor();
  await page.getByRole('button', { name: 'Finish this assessment' }).click();
  await page.getByText(/^Finished: a snapshot dated/).waitFor();
  // Finishing again with nothing changed records nothing new.
  await page.getByRole('button', { name: 'Finish this assessment' }).click();
  await page.getByText(/^Nothing has changed since the snapshot/).waitFor();

  await page.goto(APP_URL);
  await page.getByRole('heading', { name: 'Past assessments' }).waitFor();
  assert.equal(await page.getByRole('list', { name: 'Snapshots' }).getByRole('listitem').count(), 1);
  assert.ok(await page.getByText('Overall readiness: Developing').isVisible());
  if (SHOTS) await page.screenshot({ path: join(SHOTS, 'start.png'), fullPage: true });
  await expectNoAxeViolations(page, 'the start page with a snapshot');

  await page.getByRole('button', { name: /^View or export the snapshot of/ }).click();
  await page.getByRole('heading', { name: /^Snapshot of/ }).waitFor();
  assert.ok(await page.getByText('A snapshot is read-only.', { exact: false }).isVisible());
  if (SHOTS) await page.screenshot({ path: join(SHOTS, 'snapshot.png'), fullPage: true });
  await expectNoAxeViolations(page, 'the snapshot view');
  // Exported as a PDF: the snapshot's own report (a snapshot has no baseline, so no progress section).
  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download this snapshot as a PDF' }).click()]);
  const pdfText = execFileSync('pdftotext', ['-raw', await pdf.path(), '-'], { encoding: 'utf8' });
  assert.match(pdfText, /STEM Teacher Leadership Readiness Report/);
  assert.match(pdfText, /Lincoln High School/);
  assert.doesNotMatch(pdfText, /Progress since/);
  // Exported as a plan file: the snapshot's answers, at today's version, named after the school and its date.
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save this snapshot as a plan file' }).click()]);
  assert.match(file.suggestedFilename(), /^stem-plan-lincoln-high-school-\d{4}-\d{2}-\d{2}-\d{6}\.json$/);
  snapshotFile = await file.path();
  const saved = JSON.parse(readFileSync(snapshotFile, 'utf8'));
  assert.equal(saved.schemaVersion, 5);
  assert.equal(saved.state.profile.orgName, 'Lincoln High School');
  await page.getByRole('button', { name: 'Back to the start page' }).click();
});

test('a reassessment starts from the snapshot, shows last time, and shows exactly the three changed ratings as moved', async () => {
  await page.getByRole('button', { name: /^Start a reassessment from the snapshot of/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Start the reassessment' }).click();
  await page.getByRole('heading', { name: 'About your school or district', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Save and continue' }).click();

  // The first step: each item says what it was last time; three go up to Prepared.
  await page.getByText('Last time: Developing').first().waitFor();
  assert.equal(await page.locator('input[type=radio][value="developing"]:checked').count() >= 3, true);
  for (let i = 0; i < 3; i++) statements.push((await page.locator('.rating-item__statement').nth(i).innerText()).replace(/^\d+\.\s*/, '').trim());
  await rateStep((index) => (index < 3 ? 'prepared' : null));

  await page.goto(`${APP_URL}results`);
  await page.getByRole('heading', { name: 'Your readiness results' }).waitFor();
  await page.getByRole('button', { name: 'See progress since the baseline' }).click();
  await page.getByRole('heading', { name: 'Progress since the baseline', level: 1 }).waitFor();
  const moved = page.getByRole('table', { name: 'Items that moved' });
  assert.equal(await moved.locator('tbody tr').count(), 3);
  for (const statement of statements) assert.ok(await moved.getByRole('rowheader', { name: statement }).isVisible(), statement);
  assert.ok(await page.getByText('3 items changed their rating.', { exact: false }).isVisible());
  assert.ok(await page.getByRole('img', { name: 'Levels then and now' }).isVisible());
  assert.ok(await page.getByRole('table', { name: 'Baseline and current level of each step' }).isVisible());
  if (SHOTS) await page.screenshot({ path: join(SHOTS, 'progress.png'), fullPage: true });
  await expectNoAxeViolations(page, 'the progress view');
});

test('the exported report has a Progress since section with the same three items', async () => {
  await page.getByRole('button', { name: 'See the results' }).click();
  await page.getByRole('heading', { name: 'Your readiness results' }).waitFor();
  const button = page.getByRole('button', { name: 'Download the readiness report (PDF)' });
  await button.hover();
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = join(mkdtempSync(join(tmpdir(), 'ra-pdf-')), download.suggestedFilename());
  await download.saveAs(path);
  const flat = execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  assert.match(flat, /Progress since [A-Z][a-z]+ \d{1,2}, \d{4}/);
  assert.match(flat, /3 items changed their rating\./);
  for (const statement of statements) assert.ok(flat.includes(statement), `the PDF lists “${statement}”`);
  const table = flat.slice(flat.indexOf('Items that moved'));
  assert.equal((table.match(/Developing Prepared Up/g) ?? []).length, 3);
});

test('the workshop room shows a baseline file beside the consensus, accessibly', async () => {
  await page.goto(`${APP_URL}room`);
  await page.getByRole('heading', { name: 'Compare the consensus with a baseline' }).waitFor();
  await page.getByLabel('Baseline plan file').setInputFiles(snapshotFile);
  const table = page.getByRole('table', { name: 'Baseline and consensus level of each step' });
  await table.waitFor();
  assert.ok(await table.getByRole('rowheader', { name: 'Overall readiness' }).isVisible());
  await expectNoAxeViolations(page, 'the room with a baseline');
});
