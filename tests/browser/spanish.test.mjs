// The whole app in Spanish: switch with the header's language control, walk every stage of a full plan, the
// review, results, plan, presentation, worksheets and room, and fail on any English left on screen or in the
// plan and room-report PDFs. Allowed: the source's English title and page titles (citations, glossed in
// Spanish), the language control's "English", and what the user typed.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { expectNoAxeViolations } from './axe.mjs';
import { AXE_CONTEXT, launchBrowser } from './chromium.mjs';
import { APP_URL } from './helpers.mjs';

const ORG = 'Escuela Río Grande';
const TYPED = 'Texto de prueba escrito por el equipo';
const ALLOWED = [
  'Building STEM Teacher Leadership',
  'How can STEM teacher leadership benefit my school and the work of administrators?',
  'What steps could guide an administrator who is interested in implementing a STEM teacher leadership program?',
  'How do programs approach elementary STEM teacher leadership?',
  'How might STEM teacher leadership support a vision of integrated STEM instruction and innovation?',
  'What are potential roles of a STEM teacher leader?',
  ORG,
  TYPED,
];

/** Words that are English and not Spanish: any of them on a Spanish screen is an untranslated string. */
const ENGLISH = new Set(
  `the and your you with for this that these those step steps save continue back results review start answers answer
  which what how who are is be have has not yes of to in on or at by from will can should would team school
  district teacher leader leadership readiness level early developing prepared sure yet download open file files
  print next previous page room workshop participant participants export report summary action actions owner
  date due edit accept dismiss remove add none loading problem there here their our we us it its was were
  been being do does did done than then when where why all any each every more most other some such only own same
  so too very just about after before into over under again further enter choose select check`.split(/\s+/),
);

function englishWordsIn(text, { citationsInQuotes = false } = {}) {
  // Lines are closed up first, so a citation wrapped over two lines of a PDF is still recognised as allowed.
  let rest = text.replace(/\s+/g, ' ');
  // In a PDF a cited English page title may break across a page, with the running header in between; the
  // Spanish text quotes with «», so “…” there holds citations only.
  if (citationsInQuotes) rest = rest.replace(/“[^”]*”/g, ' | ');
  for (const allowed of ALLOWED) rest = rest.split(allowed).join(' | ');
  const found = new Map();
  for (const match of rest.matchAll(/[\p{L}’']+/gu)) {
    const word = match[0].toLowerCase();
    if (ENGLISH.has(word) && !found.has(word)) found.set(word, rest.slice(Math.max(0, match.index - 60), match.index + 60));
  }
  return [...found].map(([word, context]) => `“${word}” in: …${context}…`);
}

let context;
let page;
const outDir = mkdtempSync(join(tmpdir(), 'stl-es-'));

before(async () => {
  context = await launchBrowser({ ...AXE_CONTEXT, locale: 'en-US' });
  page = context.pages()[0] ?? (await context.newPage());
});
after(() => context?.close());

async function expectSpanishScreen(label) {
  await page.locator('h1').first().waitFor();
  // What is rendered, line by line (the language control's "English" is meant to be English, and not a listed word).
  const text = await page.evaluate(() => `${document.title}\n${document.body.innerText}`);
  const english = englishWordsIn(text);
  assert.deepEqual(english, [], `English left on ${label}`);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es-US');
}

async function pdfText(exportButton) {
  const [download] = await Promise.all([page.waitForEvent('download'), exportButton.click()]);
  const path = join(outDir, download.suggestedFilename());
  await download.saveAs(path);
  return execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' });
}

/** Answer a stage generically: first choice in each radio group, first box of each checkbox group, text everywhere. */
async function answerStage() {
  for (const group of await page.locator('main fieldset:has(input[type="radio"])').all()) {
    await group.locator('input[type="radio"]').first().check();
  }
  for (const group of await page.locator('main fieldset:has(input[type="checkbox"])').all()) {
    await group.locator('input[type="checkbox"]').first().check();
  }
  for (const select of await page.locator('main select').all()) {
    const values = await select.locator('option').evaluateAll((options) => options.map((o) => o.value).filter(Boolean));
    if (values[0]) await select.selectOption(values[0]);
  }
  for (const box of await page.locator('main input[type="text"], main textarea').all()) {
    if ((await box.inputValue()) === '') await box.fill(TYPED);
  }
  const date = page.locator('main input[type="date"]');
  for (const d of await date.all()) if ((await d.inputValue()) === '') await d.fill('2026-11-23');
}

test('switching to Spanish translates every screen and both PDFs', async () => {
  await page.goto(APP_URL);
  await page.getByRole('button', { name: /Change the language to Spanish/ }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'es-US');
  // Focus stays on the language control after the switch, now offering English.
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'language-switch');
  await expectSpanishScreen('the start page');
  await expectNoAxeViolations(page, 'the start page in Spanish');

  // A full plan: the second way to start.
  await page.locator('.mode-card button').nth(1).click();
  await page.locator('main input[type="text"]').first().waitFor();
  await expectSpanishScreen('the profile');
  await page.locator('main input[type="text"]').first().fill(ORG);
  // An empty required field gives a Spanish error summary.
  await page.locator('main form button[type="submit"]').last().click();
  await page.locator('.error-summary, [role="alert"]').first().waitFor();
  await expectSpanishScreen('the profile with errors');
  await expectNoAxeViolations(page, 'the profile with errors in Spanish');

  for (let stage = 0; stage < 8; stage++) {
    const heading = await page.locator('h1').first().innerText();
    await answerStage();
    await expectSpanishScreen(`stage ${stage} (${heading})`);
    if (stage === 1) await expectNoAxeViolations(page, 'a step in Spanish');
    await page.locator('main form button[type="submit"]').last().click();
    await page.waitForFunction((before) => document.querySelector('h1')?.textContent !== before, heading, { timeout: 10_000 });
  }
  assert.match(new URL(page.url()).pathname, /\/review$/);
  await expectSpanishScreen('the review page');

  await page.goto(new URL('/results', APP_URL).href);
  await expectSpanishScreen('the results');
  await expectNoAxeViolations(page, 'the results in Spanish');

  await page.goto(new URL('/plan', APP_URL).href);
  await expectSpanishScreen('the plan');
  await expectNoAxeViolations(page, 'the plan in Spanish');
  const planPdf = await pdfText(page.getByRole('button', { name: 'Plan completo (PDF)' }));
  assert.ok(planPdf.includes(ORG), 'the plan PDF names the organisation');
  assert.deepEqual(englishWordsIn(planPdf, { citationsInQuotes: true }), [], 'English left in the plan PDF');

  await page.goto(new URL('/present/needs', APP_URL).href);
  await expectSpanishScreen('the presentation view');
  await expectNoAxeViolations(page, 'the presentation view in Spanish');

  await page.goto(new URL('/worksheets', APP_URL).href);
  await expectSpanishScreen('the worksheets');

  await page.goto(new URL('/privacy', APP_URL).href);
  await expectSpanishScreen('the privacy note');

  await page.goto(new URL('/no/such/page', APP_URL).href);
  await expectSpanishScreen('the page-not-found screen');

  await page.goto(new URL('/room', APP_URL).href);
  await expectSpanishScreen('the empty room');
  const dir = join(outDir, 'participants');
  execFileSync('npx', ['tsx', 'scripts/make-participant-files.ts', dir, '3'], { stdio: 'ignore' });
  const files = readdirSync(dir);
  // The participants' names, teams and file names are their own text, not the app's.
  for (const file of files) {
    const { profile } = JSON.parse(readFileSync(join(dir, file), 'utf8')).state;
    ALLOWED.push(...[file, profile.orgName, profile.team, profile.participantName, profile.participantGroup].filter(Boolean));
  }
  // The participants' files (several at once), not "Open a room" (one room file).
  await page.locator('main input[type="file"][multiple]').setInputFiles(files.map((f) => join(dir, f)));
  await page.locator('main table').first().waitFor();
  await expectSpanishScreen('the room with participants');
  await expectNoAxeViolations(page, 'the room in Spanish');
  const reportPdf = await pdfText(page.locator('.export-pdf button').first());
  assert.deepEqual(englishWordsIn(reportPdf, { citationsInQuotes: true }), [], 'English left in the room report PDF');
});
