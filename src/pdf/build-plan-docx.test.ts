// @vitest-environment node
/** The Word plan (issue 12 §3): a valid .docx with Word headings, Word tables and everything the full plan holds. */
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, expect, test } from 'vitest';
import { setLocale } from '../i18n/i18n';
import { buildPlanDocx } from './build-plan-docx';
import { realisticPlanData } from '../../tests/fixtures/plan-parts';

afterAll(() => setLocale('en'));

/** The document's words, with the XML's tags taken out and entities read back. */
async function documentOf(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  const xml = strFromU8(files['word/document.xml']!);
  const text = xml
    .replace(/<w:p[ >]/g, '\n$&')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
  return { files, xml, text };
}

test('unzips into a Word document with the organisation, the seven steps and the budget table', async () => {
  const data = realisticPlanData();
  const built = await buildPlanDocx(data);
  expect(built.fileName).toBe('Riverside-Unified-School-District-STEM-plan-2026-11-23.docx');
  expect(built.blob.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  const { files, xml, text } = await documentOf(built.bytes);
  expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']));
  expect(text).toContain(data.profile.orgName);
  for (const step of data.steps) expect(text).toContain(`Step ${step.number}. ${step.title}`);
  // The budget as a Word table: its header, every line and the yearly totals.
  expect(text).toContain('Cost line');
  for (const line of data.budget!.lines) expect(text).toContain(line.item);
  expect(text).toContain('$108,500');
  expect(xml).toContain('<w:tbl>');
  expect(xml).toContain('w:val="Heading1"');
  expect(xml).toContain('w:val="Heading2"');
  // Page n of N from Word's own fields.
  expect(strFromU8(files['word/footer1.xml'] ?? new Uint8Array())).toContain('NUMPAGES');
});

test('prints each part once and does not repeat answers shown in their own part', async () => {
  const data = realisticPlanData();
  const { text } = await documentOf((await buildPlanDocx(data)).bytes);
  for (const title of ['Board summary', 'Readiness detail', 'Action plan', 'Budget and funding', 'Draft job description', 'Communication plan', 'Sources']) {
    expect(text.split('\n').filter((line) => line.trim() === title)).toHaveLength(1);
  }
  for (const gap of data.topGaps) expect(text).toContain(gap.statement);
  expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
});

test('is written in Spanish when Spanish is on screen', async () => {
  await setLocale('es');
  const { text } = await documentOf((await buildPlanDocx(realisticPlanData())).bytes);
  expect(text).toContain('Resumen para la junta');
  expect(text).toContain('Presupuesto y financiamiento');
  expect(text).toContain('23 de noviembre de 2026');
  expect(strFromU8(unzipSync((await buildPlanDocx(realisticPlanData())).bytes)['word/styles.xml']!)).toMatch(/w:lang w:val="es/);
});

test('a reassessment shows progress since the baseline right after readiness', async () => {
  await setLocale('en');
  const data = realisticPlanData();
  data.progress = {
    sinceDate: '2026-05-01',
    summary: '3 steps moved up; 4 gaps closed.',
    overall: { baselineLevel: 'early', currentLevel: 'developing', baselineLabel: 'Early', currentLabel: 'Developing' },
    steps: data.stepScores.map((s) => ({ number: s.number, title: s.title, baselineLevel: 'early', currentLevel: s.level, baselineLabel: 'Early', currentLabel: s.levelLabel })),
    movedItems: [{ stepTitle: 'Plan for sustainability', statement: 'We have a sustainability plan.', fromLabel: 'Early', toLabel: 'Developing', direction: 'up' }],
    notes: [],
  };
  const { text } = await documentOf((await buildPlanDocx(data)).bytes);
  const progress = text.indexOf('Progress since May 1, 2026');
  expect(progress).toBeGreaterThan(text.indexOf('Readiness by step'));
  expect(progress).toBeLessThan(text.indexOf('The five most important gaps'));
  expect(text).toContain('3 steps moved up; 4 gaps closed.');
  expect(text).toContain('We have a sustainability plan. (Plan for sustainability): Early → Developing');
});
