// @vitest-environment node
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { expect, test } from 'vitest';
import { sampleQuickData } from '../../../tests/fixtures/plan-documents';
import { buildPlanPdf } from '../build-plan-pdf';
import { loadFontsFromDisk } from '../fonts/load-fonts-from-disk';
import type { ProgressDocument } from '../plan-document';

const progress: ProgressDocument = {
  sinceDate: '2025-11-20',
  summary: '1 step moved up. 2 items changed their rating.',
  overall: { baselineLevel: 'developing', currentLevel: 'developing', baselineLabel: 'Developing', currentLabel: 'Developing' },
  steps: [
    { number: 1, title: 'Assess STEM-related needs', baselineLevel: 'developing', currentLevel: 'prepared', baselineLabel: 'Developing', currentLabel: 'Prepared' },
    { number: 2, title: 'Set a vision', baselineLevel: null, currentLevel: 'early', baselineLabel: 'Not enough ratings', currentLabel: 'Early' },
  ],
  movedItems: [
    { stepTitle: 'Assess STEM-related needs', statement: 'We know our assets.', fromLabel: 'Developing', toLabel: 'Prepared', direction: 'up' },
    { stepTitle: 'Assess STEM-related needs', statement: 'We know our barriers.', fromLabel: 'Model', toLabel: 'Early', direction: 'down' },
  ],
  notes: ['New item: We have a budget.'],
};

async function text(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false, disableFontFace: true }).promise;
  let out = '';
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    out += content.items.filter((i): i is TextItem => 'str' in i).map((i) => i.str).join(' ');
  }
  return out.replace(/\s+/g, ' ');
}

test('a reassessment’s report has a Progress since section: heading, sentence, paired levels and moved items', async () => {
  const built = await buildPlanPdf({ ...sampleQuickData(), progress }, { loadFonts: loadFontsFromDisk });
  const printed = await text(built.bytes);
  expect(printed).toContain('Progress since November 20, 2025');
  expect(printed).toContain('1 step moved up. 2 items changed their rating.');
  expect(printed).toContain('Baseline: Developing');
  expect(printed).toContain('Now: Prepared');
  expect(printed).toContain('Baseline: Not enough ratings');
  expect(printed).toMatch(/We know our assets\. Assess STEM-related needs Developing Prepared Up/);
  expect(printed).toMatch(/We know our barriers\. Assess STEM-related needs Model Early Down/);
  expect(printed).toContain('New item: We have a budget.');
});

test('without a baseline there is no progress section', async () => {
  const built = await buildPlanPdf({ ...sampleQuickData(), progress: null }, { loadFonts: loadFontsFromDisk });
  expect(await text(built.bytes)).not.toContain('Progress since');
});
