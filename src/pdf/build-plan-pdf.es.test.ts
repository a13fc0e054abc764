// @vitest-environment node
/** The plan PDF in Spanish: fixed wording, page numbers, dates and the document's language follow the interface. */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { setLocale } from '../i18n/i18n';
import { samplePlanData } from '../../tests/fixtures/plan-documents';
import { buildPlanPdf } from './build-plan-pdf';
import { buildBoardSummaryPdf } from './build-board-summary-pdf';
import { maximumPlanData, realisticPlanData } from '../../tests/fixtures/plan-parts';
import { loadFontsFromDisk } from './fonts/load-fonts-from-disk';

beforeAll(() => setLocale('es'));
afterAll(() => setLocale('en'));

async function pageTexts(bytes: Uint8Array): Promise<string[]> {
  const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false, disableFontFace: true }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    const items = content.items.filter((i): i is TextItem => 'str' in i);
    pages.push(items.map((i) => i.str + (i.hasEOL ? '\n' : '')).join('').replace(/\s+/g, ' '));
  }
  await pdf.destroy();
  return pages;
}

test('prints the plan in Spanish, with Spanish page numbers, dates and document language', async () => {
  const built = await buildPlanPdf(samplePlanData(), { loadFonts: loadFontsFromDisk });
  const pages = await pageTexts(built.bytes);
  pages.forEach((text, i) => expect(text).toContain(`Página ${i + 1} de ${built.pageCount}`));
  const all = pages.join(' ');
  expect(all).toContain('Plan de implementación de liderazgo docente en STEM');
  expect(all).toContain('Resumen para la junta');
  expect(all).toContain('Fecha de la evaluación');
  expect(all).toContain('23 de noviembre de 2026');
  expect(all).toContain('Detalle de la preparación');
  expect(all).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
  // The source's title is a citation: it stays in English.
  expect(all).toContain('Basado en Building STEM Teacher Leadership');
  expect(all).not.toContain('Page 1 of');
  expect(new TextDecoder('latin1').decode(built.bytes)).toContain('/Lang (es)');
});

test('the board summary stays within four pages in Spanish, realistic and at maximum length', async () => {
  for (const make of [realisticPlanData, maximumPlanData]) {
    const built = await buildBoardSummaryPdf(make(), { loadFonts: loadFontsFromDisk });
    expect(built.pageCount).toBeLessThanOrEqual(4);
    const pages = await pageTexts(built.bytes);
    expect(pages.join(' ')).toContain('Las cinco brechas más importantes');
  }
});
