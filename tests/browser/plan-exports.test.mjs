// The plan page's three exports (issue 12 §3), from a full plan with every field at its longest: the board
// summary PDF (at most four pages), the full plan PDF (every part once, no word split across lines of a cell)
// and the Word file (unzips; organisation, the seven step titles, the budget). Read back with poppler and unzip.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { launchBrowser } from './chromium.mjs';
import { APP_URL, exportWithoutLongTasks } from './helpers.mjs';

const STEP_TITLES = [
  'Step 1. Assess STEM-related needs',
  'Step 2. Establish a vision for STEM education and teacher leadership',
  'Step 3. Examine successful STEM education programming',
  'Step 4. Design the model of STEM teacher leadership',
  'Step 5. Plan for sustainability',
  'Step 6. Define and staff the STEM teacher leader position',
  'Step 7. Support the STEM teacher leader',
];
const PARTS = [
  'Board summary',
  'Readiness detail',
  'Action plan',
  'Timeline and milestones',
  'Budget and funding',
  'Draft job description',
  'Professional development plan for the teacher leader',
  'Sustainability summary',
  'Evaluating the program',
  'Communication plan',
  'Role design checks',
  'Each step’s ratings and answers',
  'Sources',
];

let context;
let page;
let state;
const dir = mkdtempSync(join(tmpdir(), 'stl-exports-'));

before(async () => {
  const made = spawnSync('npx', ['tsx', 'scripts/max-length-state.ts'], { encoding: 'utf8', maxBuffer: 16_000_000 });
  assert.equal(made.status, 0, made.stderr);
  const { key, value } = JSON.parse(made.stdout);
  state = JSON.parse(value).state;
  context = await launchBrowser({ viewport: { width: 1280, height: 900 } });
  page = context.pages()[0] ?? (await context.newPage());
  await page.goto(APP_URL);
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [key, value]);
  await page.goto(new URL('/plan', APP_URL).href);
  await page.getByRole('heading', { name: 'Your draft implementation plan' }).waitFor();
});
after(async () => context?.close());

/** Click an export and wait for its file; no main-thread task over 100 ms meanwhile (issue 15; no throttling). */
async function download(name) {
  // Resolved before the measured window: Playwright's role query on this long page is not the app's work.
  const button = await page.getByRole('button', { name }).elementHandle();
  await button.hover();
  const [file] = await exportWithoutLongTasks(page, `“${name}”`, () =>
    Promise.all([page.waitForEvent('download', { timeout: 120_000 }), button.click()]),
  );
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  assert.match(file.suggestedFilename(), /^[A-Za-z0-9-]+\.(pdf|docx)$/, 'the file name is plain ASCII');
  return path;
}

const pagesOf = (path) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))[1]);
const linesOf = (path) =>
  execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' })
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);

/** Every string the saved plan holds, split into words: what a line may legitimately end with. */
function vocabulary(value, out = new Set()) {
  if (typeof value === 'string') value.split(/\s+/).forEach((w) => w && out.add(w));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => vocabulary(v, out));
  return out;
}

test('the board summary PDF is at most four pages', async () => {
  const path = await download('Board summary (PDF)');
  assert.match(path, /STEM-board-summary/);
  const pages = pagesOf(path);
  assert.ok(pages >= 1 && pages <= 4, `board summary pages: ${pages}`);
  const text = linesOf(path).join(' ');
  assert.ok(text.includes('Decision on whether to go ahead'));
  assert.ok(text.includes(`Page ${pages} of ${pages}`));
});

test('the full plan PDF prints every part once, in order, with no word split across lines', async () => {
  const path = await download('Full plan (PDF)');
  const lines = linesOf(path);
  const at = PARTS.map((title) => {
    const found = lines.flatMap((line, i) => (line === title || `${line} ${lines[i + 1]}` === title ? [i] : []));
    assert.equal(found.length, 1, `“${title}” is printed once (found ${found.length})`);
    return found[0];
  });
  assert.deepEqual([...at].sort((a, b) => a - b), at, 'the parts are in order');
  for (const title of STEP_TITLES) assert.ok(lines.join(' ').includes(title), title);
  const words = vocabulary(state);
  const split = [];
  lines.forEach((line, i) => {
    const end = line.split(' ').pop();
    const start = (lines[i + 1] ?? '').split(' ')[0];
    // A fragment of a word: letters on both sides (numbers such as "1" + "3." are separate tokens of a list).
    const fragment = /\p{L}$/u.test(end) && /^\p{L}/u.test(start);
    if (fragment && !words.has(end) && words.has(end + start) && !/^https?:|example\.org/.test(end + start)) split.push(`${end}|${start}`);
  });
  assert.deepEqual(split, [], 'no word is broken across two lines');
  assert.ok(!/\b\d{4}-\d{2}-\d{2}\b/.test(lines.join(' ')), 'no ISO dates: one date format');
});

test('the Word document unzips, with the organisation, the seven step titles and the budget', async () => {
  const path = await download('Word document (.docx)');
  assert.match(path, /\.docx$/);
  const xml = execFileSync('unzip', ['-p', path, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 32_000_000 });
  const text = xml.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&');
  const org = state.profile.orgName;
  assert.ok(text.includes(org.replace(/\s+/g, ' ').slice(0, 40)), 'the organisation is named');
  for (const title of STEP_TITLES) assert.ok(text.includes(title), title);
  assert.ok(text.includes('Budget and funding'));
  assert.ok(xml.includes('<w:tbl>'), 'tables are Word tables');
  const listing = execFileSync('unzip', ['-l', path], { encoding: 'utf8' });
  assert.match(listing, /word\/media\/.+\.png/, 'the charts are images in the Word file');
  if (state.plan?.budget?.lines?.length) assert.ok(text.includes('Cost line'), 'the budget lines are a table');
});

test('the full plan shows its progress page by page and can be cancelled; the next export still downloads', async () => {
  const status = page.locator('.plan-exports__item', { has: page.getByRole('button', { name: /^(Full plan \(PDF\)|Preparing your PDF)/ }) }).getByRole('status');
  await page.getByRole('button', { name: 'Full plan (PDF)' }).click();
  await status.getByText(/^Preparing your PDF: page \d+ so far…$/).waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Cancel' }).click();
  await status.getByText('The PDF was cancelled. Nothing was downloaded.').waitFor();
  assert.ok(await page.getByRole('button', { name: 'Full plan (PDF)' }).isEnabled());
  // A cancel ends that export's worker; the next export gets another and completes.
  const path = await download('Board summary (PDF)');
  assert.ok(pagesOf(path) >= 1);
});
