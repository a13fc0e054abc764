/**
 * Builds the implementation plan (or, for a quick check, the readiness report) as a PDF.
 * A pure function of PlanDocumentData: no React, no store. jsPDF, jspdf-autotable and the
 * font are loaded with dynamic import() so the app's first page never downloads them.
 *
 * User text only ever reaches doc.text() and table cells (after toPrintable()); it never reaches
 * output() options, addImage, addJS, links or annotations.
 */
import type { FontLoader } from './fonts/font-files';
import { loadPdfTools } from './pdf-tools';
import { registerFonts } from './register-fonts';
import { planFileName } from './file-name';
import { planTitle } from './format';
import { PdfWriter, type AutoTable } from './layout';
import type { PlanDocumentData } from './plan-document';
import { drawActionPlan } from './sections/action-plan';
import { drawCover } from './sections/cover';
import { drawApproaches, drawJobDescription, drawPdPlan, drawSustainability } from './sections/job-and-support';
import { drawPageFurniture } from './sections/page-furniture';
import { drawProfile } from './sections/profile';
import { drawSources } from './sections/sources';
import { drawSteps } from './sections/steps';
import { drawSummary } from './sections/summary';
import { toPrintable } from './printable-text';
import { SOURCE_TITLE } from '../content/sources';

export interface BuiltPlanPdf {
  blob: Blob;
  /** The same bytes as `blob`, for tests and for saving outside a browser. */
  bytes: Uint8Array;
  fileName: string;
  pageCount: number;
}

export interface BuildPlanPdfOptions {
  /** Where the font bytes come from. Defaults to fetching the Vite-emitted .ttf assets. */
  loadFonts?: FontLoader;
}

export async function buildPlanPdf(data: PlanDocumentData, options: BuildPlanPdfOptions = {}): Promise<BuiltPlanPdf> {
  const { jsPDF, autoTable, fonts } = await loadPdfTools(options.loadFonts);

  const doc = new jsPDF({ unit: 'pt', format: 'letter', orientation: 'portrait', compress: true });
  registerFonts(doc, fonts);
  const title = planTitle(data.kind);
  const orgName = toPrintable(data.profile.orgName);
  doc.setDocumentProperties({
    title: `${title}: ${orgName}`,
    subject: `${data.kind === 'quick' ? 'Readiness report' : 'Implementation plan'} based on ${SOURCE_TITLE}`,
    author: orgName,
    creator: 'STEM Teacher Leadership Planner',
    keywords: 'STEM, teacher leadership, implementation plan',
  });
  const created = new Date(data.generatedAt);
  if (!Number.isNaN(created.getTime())) doc.setCreationDate(created);
  doc.setLanguage('en-US');

  const w = new PdfWriter(doc, autoTable as AutoTable);
  drawCover(w, data);
  drawSummary(w, data);
  drawProfile(w, data);
  drawSteps(w, data);
  if (data.kind === 'full') {
    drawActionPlan(w, data);
    drawJobDescription(w, data);
    drawPdPlan(w, data);
    drawSustainability(w, data);
    drawApproaches(w, data);
  }
  drawSources(w, data);
  drawPageFurniture(w, data.profile.orgName, title);

  const buffer = doc.output('arraybuffer');
  const bytes = new Uint8Array(buffer);
  return {
    blob: new Blob([buffer], { type: 'application/pdf' }),
    bytes,
    fileName: planFileName(data.profile.orgName, data.profile.date, data.kind),
    pageCount: doc.getNumberOfPages(),
  };
}
