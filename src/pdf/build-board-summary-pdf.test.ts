// @vitest-environment node
/**
 * The two plan documents a board gets (issue 12 §3): the board summary in at most four pages, and the full plan
 * with every part once, no word broken inside a table cell and one date format.
 */
import { buildBoardSummaryPdf } from './build-board-summary-pdf';
import { buildPlanPdf } from './build-plan-pdf';
import { loadFontsFromDisk } from './fonts/load-fonts-from-disk';
import { longDate } from './format';
import { messagesOf } from '../i18n/i18n';
import { pdfBoardMessages } from './board.messages';
import { pdfPlanMessages } from './pdf.messages';
import { PAGE } from './layout';
import type { PlanDocumentData } from './plan-document';
import { LONG_CELL_WORDS, maximumPlanData, realisticPlanData } from '../../tests/fixtures/plan-parts';
import { collapse, readPdf, splitWords, stringsIn, type ReadPdf } from '../../tests/support/read-pdf';

const options = { loadFonts: loadFontsFromDisk };
const cache = new Map<string, Promise<{ pageCount: number; fileName: string; read: ReadPdf }>>();
function build(name: string, make: () => PlanDocumentData, builder: typeof buildPlanPdf) {
  if (!cache.has(name)) {
    cache.set(name, builder(make(), options).then(async (b) => ({ pageCount: b.pageCount, fileName: b.fileName, read: await readPdf(b.bytes) })));
  }
  return cache.get(name)!;
}
const board = () => build('board', realisticPlanData, buildBoardSummaryPdf);
const boardMax = () => build('board-max', maximumPlanData, buildBoardSummaryPdf);
const full = () => build('full', realisticPlanData, buildPlanPdf);
const fullMax = () => build('full-max', maximumPlanData, buildPlanPdf);
const textOf = (read: ReadPdf) => collapse(read.pages.map((p) => p.text).join('\n'));

/** Every string the document could print: its data, and the fixed wording and dates it adds. */
function sourceStrings(data: PlanDocumentData): string[] {
  const dates = stringsIn(data).filter((s) => /^\d{4}-\d{2}-\d{2}/.test(s)).map(longDate);
  return [...stringsIn(data), ...stringsIn(messagesOf(pdfBoardMessages)), ...stringsIn(messagesOf(pdfPlanMessages)), ...dates];
}

function partTitles(): string[] {
  const b = messagesOf(pdfBoardMessages);
  const p = messagesOf(pdfPlanMessages);
  return [
    b.sectionTitle,
    b.readinessDetail,
    p.actionPlan.title,
    b.timelineSection,
    b.budgetSection,
    p.job.title,
    p.pd.title,
    p.sustainability.title,
    b.evaluationSection,
    b.communicationSection,
    b.roleDesignSection,
    b.stepAnswersSection,
    p.sources.title,
  ];
}

test('the board summary fits in four pages, realistic and at maximum length', async () => {
  const [{ pageCount, fileName }, max] = await Promise.all([board(), boardMax()]);
  expect(pageCount).toBeLessThanOrEqual(4);
  expect(max.pageCount).toBeLessThanOrEqual(4);
  expect(fileName).toBe('Riverside-Unified-School-District-STEM-board-summary-2026-11-23.pdf');
});

test('the board summary holds the decision, five gaps with their actions, timeline, budget and indicators', async () => {
  const { read } = await board();
  const data = realisticPlanData();
  const text = textOf(read);
  expect(text).toContain(data.decision.label);
  for (const reason of data.decision.reasons) expect(text).toContain(reason);
  for (const step of data.stepScores) expect(text).toContain(`${step.number}. ${step.title}`.slice(0, 20));
  const [shown, hidden] = [data.topGaps.slice(0, 5), data.topGaps.slice(5)];
  for (const gap of shown) {
    expect(text).toContain(collapse(gap.statement));
    expect(text).toContain(gap.plannedAction ? gap.plannedAction.action : collapse(gap.recommendation).slice(0, 30));
  }
  for (const gap of hidden) expect(text).not.toContain(collapse(gap.statement));
  expect(text).toContain('Vision agreed');
  expect(text).toContain('Sustainability decision');
  expect(text).toContain('$108,500');
  expect(text).toContain(data.budget!.recurringShareNote);
  for (const row of data.evaluation!) expect(text).toContain(row.indicator);
  read.pages.forEach((page, i) => expect(page.text).toContain(`Page ${i + 1} of ${read.pages.length}`));
});

test('the full plan runs 15 to 25 pages and prints every part once, in order, after the board summary', async () => {
  const { read, pageCount } = await full();
  expect(pageCount).toBeGreaterThanOrEqual(15);
  expect(pageCount).toBeLessThanOrEqual(25);
  const lines = read.pages.flatMap((p) => p.items.map((i) => collapse(i.str)));
  const positions = partTitles().map((title) => {
    // A long title wraps onto two lines.
    const at = lines.flatMap((line, i) => (line === title || `${line} ${lines[i + 1]}` === title ? [i] : []));
    expect(at, title).toHaveLength(1);
    return at[0]!;
  });
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
});

test('no word is broken across lines in a table cell or paragraph', async () => {
  const { read } = await full();
  const data = realisticPlanData();
  expect(splitWords(read, sourceStrings(data))).toEqual([]);
  const text = textOf(read);
  for (const word of LONG_CELL_WORDS) expect(text).toContain(word);
  const max = await fullMax();
  // Only the 300-character URL, wider than any column, may be cut.
  const broken = splitWords(max.read, sourceStrings(maximumPlanData())).filter((s) => !/example|stem-teacher|xxx/.test(s));
  expect(broken).toEqual([]);
});

test('prints every date in one format, on the cover and in the tables', async () => {
  const { read } = await full();
  const text = textOf(read);
  expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
  expect(text).not.toMatch(/\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/);
  expect(text).toContain('November 23, 2026');
  expect(text).toContain('January 15, 2027');
  expect(text).toContain('June 15, 2028');
});

test('step answers printed in the job description, PD plan or sustainability summary are not printed again', async () => {
  const { read } = await full();
  const data = realisticPlanData();
  const lines = read.pages.flatMap((p) => p.items.map((i) => collapse(i.str)));
  const answersStart = lines.indexOf(messagesOf(pdfBoardMessages).stepAnswersSection);
  const inSteps = lines.slice(answersStart);
  const moved = data.steps.flatMap((s) => s.answers.filter((a) => a.printedIn));
  expect(moved.length).toBeGreaterThan(0);
  for (const answer of moved) expect(inSteps).not.toContain(collapse(answer.label));
  // Each kept answer is there, under its bold label.
  for (const answer of data.steps.flatMap((s) => s.answers.filter((a) => !a.printedIn))) {
    expect(inSteps.some((line) => collapse(answer.label).startsWith(line))).toBe(true);
  }
});

test('no page ends with a heading, and no page holds a single stray line', async () => {
  for (const { read } of [await full(), await fullMax(), await board()]) {
    read.pages.forEach((page, i) => {
      const body = page.items.filter((item) => item.top >= PAGE.top - 3 && item.bottom <= PAGE.bottom + 3);
      const lines = new Set(body.map((item) => Math.round(item.top)));
      if (i < read.pages.length - 1) expect(lines.size, `page ${i + 1} has more than one line`).toBeGreaterThan(1);
      const last = body.reduce((a, b) => (b.bottom > a.bottom ? b : a), body[0]!);
      // Headings are set at 11 pt and up, body text and tables at 10 pt and under.
      expect(last.bottom - last.top, `page ${i + 1} ends with “${last.str}”`).toBeLessThan(10.8);
    });
  }
});

test('a plan whose summary would run past four pages is laid out tighter to fit', async () => {
  const data = maximumPlanData();
  // Sixteen long reasons take the normal layout to five pages.
  data.decision.reasons = Array.from({ length: 16 }, (_, i) => `Reason ${i + 1}: ${data.decision.reasons[i % 3]} ${data.decision.reasons[(i + 1) % 3]}`);
  const built = await buildBoardSummaryPdf(data, options);
  expect(built.pageCount).toBeLessThanOrEqual(4);
  const text = textOf(await readPdf(built.bytes));
  for (const reason of data.decision.reasons) expect(text).toContain(reason);
});
