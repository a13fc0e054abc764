// Walks a quick readiness check and a full plan end to end in Chromium and scans the results and
// plan screens with axe (WCAG 2.2 AA). Set SCREENSHOT_DIR to also save full-page screenshots.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { after, before, test } from 'node:test';
import { AXE_CONTEXT, launchBrowser } from './chromium.mjs';
import { exportWithoutLongTasks } from './helpers.mjs';

const require = createRequire(import.meta.url);
const axeSource = require('axe-core').source;
const APP_URL = process.env.APP_URL ?? 'http://127.0.0.1:4319/';
const SHOTS = process.env.SCREENSHOT_DIR;
const WIDTH = Number(process.env.VIEWPORT_WIDTH ?? 1280);

let context;
let page;

before(async () => {
  context = await launchBrowser({ ...AXE_CONTEXT, viewport: { width: WIDTH, height: 900 } });
  page = context.pages()[0] ?? (await context.newPage());
  await page.goto(APP_URL);
});
after(async () => context?.close());

async function axeViolations() {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(() =>
    window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    }),
  );
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

async function shot(name) {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}-${WIDTH}.png`), fullPage: true });
}

const PATTERN = ['prepared', 'developing', 'early', 'model', 'unsure', 'prepared', 'model'];
let itemCounter = 0;

/** Rate every item on the current step, cycling through the levels so the results have gaps. */
async function rateStep() {
  const groups = await page.evaluate(() =>
    [...new Set([...document.querySelectorAll('input[type=radio][name^="ratings."]')].map((i) => i.name))],
  );
  for (const name of groups) {
    const level = PATTERN[itemCounter++ % PATTERN.length];
    const id = await page.evaluate(
      ({ name, level }) => document.querySelector(`input[name="${name}"][value="${level}"]`).id,
      { name, level },
    );
    await page.locator(`label[for="${id}"]`).click();
  }
}

/** Click an export button, wait for the real download, and return the PDF's file name and text. */
async function downloadPdf(buttonName) {
  // As a user does, point at the button before pressing it (the worker is already warm: the screen was idle).
  // Resolved before the measured window: Playwright's role query on this long page is not the app's work.
  const button = await page.getByRole('button', { name: buttonName }).elementHandle();
  await button.hover();
  // Long main-thread tasks from the click to the file: the PDF is built in a worker, so the page never freezes.
  const [download] = await exportWithoutLongTasks(page, `“${buttonName}”`, () =>
    Promise.all([page.waitForEvent('download'), button.click()]),
  );
  const path = join(mkdtempSync(join(tmpdir(), 'stl-pdf-')), download.suggestedFilename());
  await download.saveAs(path);
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  // In drawing order, with line breaks closed up: a table cell wrapped over two lines reads as one phrase.
  const flat = execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  return { fileName: download.suggestedFilename(), text, flat };
}

async function saveAndContinue() {
  await page.getByRole('button', { name: /Save and (continue|return to review)/ }).click();
}

test('a quick readiness check reaches accessible results', async () => {
  await page.getByRole('button', { name: 'Start a quick check' }).click();
  await page.getByLabel('Name of your school or district').fill('Maple Elementary');
  await page.getByLabel('A school').check();
  await page.getByLabel('Elementary', { exact: true }).check();
  await page.getByLabel('Your role').fill('Principal');
  await saveAndContinue();
  for (let step = 1; step <= 7; step++) {
    await page.getByRole('heading', { level: 1 }).waitFor();
    await rateStep();
    await saveAndContinue();
  }
  await page.getByRole('heading', { name: 'Check your answers' }).waitFor();
  await page.getByRole('button', { name: 'Continue to results' }).click();
  await page.getByRole('heading', { name: 'Your readiness results' }).waitFor();

  assert.ok(await page.getByRole('img', { name: 'Readiness profile of the seven steps' }).isVisible());
  assert.ok(await page.getByRole('table', { name: /Readiness by step/ }).isVisible());
  assert.ok(await page.getByRole('heading', { name: 'Top gaps to close' }).isVisible());
  assert.ok(await page.getByRole('heading', { name: 'Approaches for elementary schools' }).isVisible());
  assert.ok(await page.getByText(/Proposed:/).isVisible());
  assert.ok(await page.getByRole('button', { name: 'Upgrade to a full plan' }).isVisible());
  await shot('results-quick');
  assert.deepEqual(await axeViolations(), []);

  // The decision is kept as it is chosen and typed, with no Save button: reload straight after typing.
  assert.equal(await page.getByRole('button', { name: 'Save decision' }).count(), 0);
  assert.ok(!(await page.getByLabel(/^Pause: build the foundations/).isChecked()), 'Pause is not the proposal here');
  await page.getByLabel(/^Pause: build the foundations/).check();
  await page.getByLabel(/Why did your team choose Pause/).fill('New principal starts in June');
  await page.reload();
  await page.getByRole('heading', { name: 'Your readiness results' }).waitFor();
  assert.ok(await page.getByLabel(/^Pause: build the foundations/).isChecked());
  assert.equal(await page.getByLabel(/Why did your team choose Pause/).inputValue(), 'New principal starts in June');
  assert.deepEqual(await axeViolations(), []);

  const report = await downloadPdf('Download the readiness report (PDF)');
  assert.match(report.flat, /Pause: build the foundations before launching/);
  assert.match(report.flat, /New principal starts in June/);
  assert.match(report.fileName, /^Maple-Elementary.*\.pdf$/);
  assert.ok(report.text.includes('Maple Elementary'));
  assert.ok(report.text.includes('STEM Teacher Leadership Readiness Report'));
  assert.ok(await page.getByText(`Downloaded “${report.fileName}”.`).isVisible());
});

test('the quick check upgrades to a full plan, keeping its ratings, and reaches an accessible plan', async () => {
  await page.getByRole('button', { name: 'Upgrade to a full plan' }).click();
  await page.getByRole('heading', { name: 'Assess STEM-related needs' }).waitFor();
  // The ratings from the quick check are still there.
  assert.equal(await page.locator('input[type=radio][name^="ratings."]:checked').count(), 4);
  assert.ok(await page.getByRole('heading', { name: 'Plan the details' }).isVisible());
  await saveAndContinue();
  await page.getByRole('heading', { name: /Establish a vision/ }).waitFor();
  await page.getByLabel('Deeper student engagement').check();
  await saveAndContinue();
  await page.getByRole('heading', { name: /Examine successful/ }).waitFor();
  await page.getByLabel('North Carolina STEM attribute implementation rubrics').check();
  await saveAndContinue();
  await page.getByRole('heading', { name: /Design the model/ }).waitFor();
  await page.getByLabel('Hybrid').check();
  await page.getByLabel('Yes, integrated STEM is part of our vision').check();
  await saveAndContinue();
  await page.getByRole('heading', { name: 'Plan for sustainability' }).waitFor();
  await saveAndContinue();
  await page.getByRole('heading', { name: /Define and staff/ }).waitFor();
  await page.getByLabel('Essential competencies').fill('Deep science content knowledge and credibility with peers.');
  await page.getByLabel('Reports to').fill('Principal');
  await saveAndContinue();
  await page.getByRole('heading', { name: 'Support the STEM teacher leader' }).waitFor();
  await saveAndContinue();

  await page.getByRole('button', { name: 'Continue to results' }).click();
  await page.getByRole('heading', { name: 'Your readiness results' }).waitFor();
  assert.ok(await page.getByRole('heading', { name: 'Recommendations for integrated STEM' }).isVisible());
  await page.getByRole('button', { name: 'Continue to your plan' }).click();
  await page.getByRole('heading', { name: 'Your draft implementation plan' }).waitFor();

  await page.getByRole('button', { name: /^Accept proposed action/ }).first().click();
  await page.getByRole('button', { name: /^Edit action/ }).first().click();
  await page.getByLabel('Owner').fill('Ms Rivera, assistant principal');
  await page.getByLabel('Start date').fill('2027-01-10');
  await page.getByLabel('Due date').fill('2027-01-05');
  await page.getByRole('button', { name: 'Save action' }).click();
  assert.ok(await page.getByRole('alert').getByText('The due date must be on or after the start date').isVisible());
  await page.getByLabel('Due date').fill('2027-03-31');
  await page.getByRole('button', { name: 'Save action' }).click();
  const row = page.getByRole('article').first();
  assert.ok(await row.getByText('Ms Rivera, assistant principal').isVisible());
  assert.ok(await page.getByText('Every action has an owner and valid dates.').isVisible());
  assert.ok(await page.getByRole('heading', { name: 'Draft job description' }).isVisible());
  // Also the starting point of the role design's selection criteria: look for it in the job description.
  const job = page.getByRole('region', { name: 'Draft job description' });
  assert.ok(await job.getByText('Deep science content knowledge and credibility with peers.').isVisible());
  assert.ok(await page.getByRole('heading', { name: 'Sustainability summary' }).isVisible());
  await shot('plan-full');
  assert.deepEqual(await axeViolations(), []);

  const plan = await downloadPdf('Full plan (PDF)');
  assert.ok(plan.text.includes('STEM Teacher Leadership Implementation Plan'));
  assert.ok(plan.flat.includes('Ms Rivera, assistant principal'));
  for (const title of ['Assess STEM-related needs', 'Plan for sustainability', 'Support the STEM teacher leader']) {
    assert.ok(plan.text.includes(title), `the PDF has the step “${title}”`);
  }

  await page.getByRole('button', { name: 'Back to results' }).click();
  await page.getByRole('heading', { name: 'Your readiness results' }).waitFor();
  await shot('results-full');
  assert.deepEqual(await axeViolations(), []);
});

test('results and plan stay accessible at phone width', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  assert.deepEqual(await axeViolations(), []);
  await page.getByRole('button', { name: 'Continue to your plan' }).click();
  await page.getByRole('heading', { name: 'Your draft implementation plan' }).waitFor();
  assert.deepEqual(await axeViolations(), []);
});
