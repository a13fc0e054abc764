// @vitest-environment node
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { buildPlanPdf, type BuiltPlanPdf } from './build-plan-pdf';
import { UNICODE_SAMPLE, maxLengthPlanData, samplePlanData, sampleQuickData } from '../../tests/fixtures/plan-documents';
import { loadFontsFromDisk } from './fonts/load-fonts-from-disk';
import { realisticPlanData } from '../../tests/fixtures/plan-parts';
import { PAGE } from './layout';
import type { PlanDocumentData } from './plan-document';

interface PlacedText {
  str: string;
  left: number;
  right: number;
  /** Distance from the top of the page to the top and bottom of the text, in points. */
  top: number;
  bottom: number;
}

interface ReadPdf {
  pages: { text: string; items: PlacedText[]; width: number; height: number }[];
  info: Record<string, unknown>;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

async function readPdf(built: BuiltPlanPdf): Promise<ReadPdf> {
  const pdf = await getDocument({ data: built.bytes.slice(), useSystemFonts: false, disableFontFace: true }).promise;
  const pages: ReadPdf['pages'] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const [, , width, height] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const items = content.items.filter((i): i is TextItem => 'str' in i);
    pages.push({
      width,
      height,
      text: items.map((i) => i.str + (i.hasEOL ? '\n' : '')).join(''),
      items: items
        .filter((i) => i.str.trim() !== '')
        .map((i) => {
          const baseline = height - i.transform[5]!;
          return { str: i.str, left: i.transform[4]!, right: i.transform[4]! + i.width, top: baseline - i.height, bottom: baseline };
        }),
    });
  }
  const info = (await pdf.getMetadata()).info as unknown as Record<string, unknown>;
  await pdf.destroy();
  return { pages, info };
}

const built = new Map<string, Promise<{ result: BuiltPlanPdf; read: ReadPdf }>>();
function build(name: string, data: () => PlanDocumentData) {
  if (!built.has(name)) {
    built.set(
      name,
      buildPlanPdf(data(), { loadFonts: loadFontsFromDisk }).then(async (result) => ({ result, read: await readPdf(result) })),
    );
  }
  return built.get(name)!;
}
const sample = () => build('sample', samplePlanData);
const maxLength = () => build('max', maxLengthPlanData);
const quick = () => build('quick', sampleQuickData);
const allText = (read: ReadPdf) => collapse(read.pages.map((p) => p.text).join('\n'));

test('prints the organisation, all seven step titles and every action', async () => {
  const { read } = await sample();
  const data = samplePlanData();
  const text = allText(read);
  expect(text).toContain(data.profile.orgName);
  expect(data.steps).toHaveLength(7);
  for (const step of data.steps) expect(text).toContain(`Step ${step.number}. ${step.title}`);
  for (const action of data.actions) expect(text).toContain(collapse(action.action));
  expect(text).toContain('STEM Teacher Leadership Implementation Plan');
  expect(text).toContain('Building STEM Teacher Leadership');
});

test('prints accented, Greek and Cyrillic text exactly', async () => {
  const { read } = await sample();
  expect(read.pages[0]!.text).toContain(UNICODE_SAMPLE);
});

test('numbers every page "Page n of N" and repeats the organisation in the header', async () => {
  const { read, result } = await sample();
  expect(read.pages).toHaveLength(result.pageCount);
  read.pages.forEach((page, i) => {
    expect(page.text).toContain(`Page ${i + 1} of ${result.pageCount}`);
    expect(page.text).toContain('Riverside Unified School District');
  });
});

test('sets the document title, author, subject and creation date', async () => {
  const { read } = await sample();
  expect(read.info.Title).toBe('STEM Teacher Leadership Implementation Plan: Riverside Unified School District');
  expect(read.info.Author).toBe('Riverside Unified School District');
  expect(read.info.Subject).toContain('Building STEM Teacher Leadership');
  expect(read.info.Creator).toBe('STEM Teacher Leadership Planner');
  expect(String(read.info.CreationDate)).toMatch(/^D:20261123/);
});

test('opens with the board summary: decision, the override reason and the top gaps', async () => {
  const { read } = await sample();
  const data = samplePlanData();
  const text = allText(read);
  expect(text).toContain('Board summary');
  expect(text).not.toContain('Executive summary');
  expect(text).toContain(data.decision.label);
  for (const reason of data.decision.reasons) expect(text).toContain(reason);
  expect(text).toContain(data.decision.override!.reason);
  for (const gap of data.topGaps) expect(text).toContain(collapse(gap.statement));
});

test('writes each step level in words in the readiness chart and table, with the scoring rule', async () => {
  const { read } = await sample();
  const data = samplePlanData();
  const pages = read.pages.filter((p) => p.text.includes('Readiness by step') || p.text.includes('Readiness detail'));
  const items = pages.flatMap((p) => p.items);
  for (const label of ['Early', 'Developing', 'Prepared', 'Model']) expect(items.some((i) => i.str === label)).toBe(true);
  for (const score of data.stepScores) {
    expect(items.filter((i) => i.str === score.levelLabel).length).toBeGreaterThanOrEqual(2);
  }
  expect(allText(read)).toContain(collapse(data.scoringRule));
});

test('repeats the action plan header row on every page the table covers', async () => {
  const { read } = await maxLength();
  const start = read.pages.findIndex((p) => p.text.includes('40 actions, in the order'));
  const actionPages = read.pages.slice(start).filter((p) => /Action \d+:/.test(p.text));
  expect(actionPages.length).toBeGreaterThan(1);
  for (const page of actionPages) expect(collapse(page.text)).toContain('Success measure');
});

test('keeps every piece of text of a max-length plan inside the page margins', async () => {
  const { read } = await maxLength();
  const outside: string[] = [];
  read.pages.forEach((page, i) => {
    for (const item of page.items) {
      // pdfjs places a glyph's top at baseline minus font size, a little above the ink: allow 3 pt.
      const inHeader = item.bottom <= PAGE.headerY + 3;
      const inFooter = item.top >= PAGE.footerY - 3;
      const inBody = item.top >= PAGE.top - 3 && item.bottom <= PAGE.bottom + 3;
      const inColumns = item.left >= PAGE.left - 0.5 && item.right <= PAGE.right + 0.5;
      if (!inColumns || !(inHeader || inFooter || inBody)) {
        outside.push(`page ${i + 1}: "${item.str.slice(0, 40)}" at ${item.left.toFixed(1)}–${item.right.toFixed(1)}, ${item.top.toFixed(1)}–${item.bottom.toFixed(1)}`);
      }
    }
  });
  expect(outside).toEqual([]);
});

test('a max-length plan flows onto more pages and still prints every action and the long URL', async () => {
  const [{ result: small }, { result: big, read }] = await Promise.all([sample(), maxLength()]);
  expect(big.pageCount).toBeGreaterThan(small.pageCount);
  const data = maxLengthPlanData();
  const text = allText(read);
  expect(data.actions).toHaveLength(40);
  for (let n = 1; n <= 40; n++) expect(text).toContain(`Action ${n}:`);
  // The 300-character URL is cut across lines; all of its characters are still there, in order.
  expect(read.pages.map((p) => p.text).join('').replace(/\s+/g, '')).toContain(
    'https://example.org/stem-teacher-leadership/stem-teacher-leadership/',
  );
});

test('stays under 1 MB even at maximum length, because jsPDF embeds only the glyphs used', async () => {
  const { result } = await maxLength();
  expect(result.bytes.length).toBeLessThan(1024 * 1024);
  expect(result.blob.type).toBe('application/pdf');
  expect(result.blob.size).toBe(result.bytes.length);
});

test('prints a shorter readiness report for a quick check', async () => {
  const [{ result, read }, { result: full }] = await Promise.all([quick(), sample()]);
  const text = allText(read);
  expect(result.fileName).toBe('Riverside-Unified-School-District-STEM-readiness-2026-11-23.pdf');
  expect(text).toContain('STEM Teacher Leadership Readiness Report');
  expect(text).toContain('Readiness profile');
  expect(text).toContain('Top gaps');
  expect(text).not.toContain('Board summary');
  expect(text).not.toContain('Action plan');
  expect(text).not.toContain('Draft job description');
  expect(result.pageCount).toBeLessThan(full.pageCount);
  for (const step of sampleQuickData().steps) expect(text).toContain(`Step ${step.number}. ${step.title}`);
});

test('prints a placeholder where the font has no glyph rather than dropping the character', async () => {
  const data = samplePlanData();
  data.profile.team = 'Robotics club 🤖 lead';
  const result = await buildPlanPdf(data, { loadFonts: loadFontsFromDisk });
  const read = await readPdf(result);
  expect(read.pages[0]!.text).toContain('Robotics club □ lead');
});

test('the quick check’s readiness report lists only the top five gaps, as the screen promises', async () => {
  const data = { ...sampleQuickData(), topGaps: realisticPlanData().topGaps };
  expect(data.topGaps.length).toBeGreaterThan(5);
  const read = await readPdf(await buildPlanPdf(data, { loadFonts: loadFontsFromDisk }));
  const text = allText(read);
  data.topGaps.slice(0, 5).forEach((gap, i) => expect(text).toContain(`${i + 1}. ${collapse(gap.statement)}`));
  data.topGaps.slice(5).forEach((gap, i) => expect(text).not.toContain(`${i + 6}. ${collapse(gap.statement)}`));
});
