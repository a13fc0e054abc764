/**
 * Builds the implementation plan (or, for a quick check, the readiness report) as a PDF.
 * A pure function of PlanDocumentData: no React, no store. jsPDF, jspdf-autotable and the
 * font are loaded with dynamic import() so the app's first page never downloads them.
 *
 * User text only ever reaches doc.text() and table cells (after toPrintable()); it never reaches
 * output() options, addImage, addJS, links or annotations.
 */
import type { FontFiles, FontLoader } from './fonts/font-files';
import { planFileName } from './file-name';
import { planTitle } from './format';
import { FONT, PdfWriter, type AutoTable } from './layout';
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

/**
 * Start downloading jsPDF, its table plugin and the font, e.g. when the pointer reaches the export
 * button, so the click has less to wait for. Failures are ignored here; the export reports them.
 */
export function preloadPdfTools(): void {
  void Promise.all([
    import('jspdf'),
    import('jspdf-autotable'),
    import('./fonts/load-fonts-over-http').then((m) => m.loadFontsOverHttp()),
  ]).catch(() => {});
}

export async function buildPlanPdf(data: PlanDocumentData, options: BuildPlanPdfOptions = {}): Promise<BuiltPlanPdf> {
  // Everything in parallel: the font download starts while jsPDF's chunks are still arriving.
  const [{ jsPDF }, { autoTable }, fonts] = await Promise.all([
    import('jspdf'),
    import('jspdf-autotable'),
    options.loadFonts ? options.loadFonts() : import('./fonts/load-fonts-over-http').then((m) => m.loadFontsOverHttp()),
  ]);
  skipArabicShaping(jsPDF);

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

type JsPdf = InstanceType<typeof import('jspdf').jsPDF>;

/**
 * jsPDF reshapes Arabic letters in every string it draws or measures. The embedded fonts are subset
 * without Arabic and toPrintable() prints Arabic as □, so the shaping can never change the output,
 * yet it was a tenth of the build time of a long plan. Idempotent; affects only this app's jsPDF.
 */
function skipArabicShaping(jsPDF: typeof import('jspdf').jsPDF): void {
  const api = jsPDF.API as unknown as { events: [string, unknown][]; processArabic?: unknown };
  const shaping = api.processArabic;
  if (typeof shaping !== 'function') return;
  for (let i = api.events.length - 1; i >= 0; i--) if (api.events[i]![1] === shaping) api.events.splice(i, 1);
  delete api.processArabic;
}

function registerFonts(doc: JsPdf, fonts: FontFiles): void {
  // jsPDF takes TrueType bytes as a binary string and embeds only the glyphs used (subset).
  doc.addFileToVFS('DejaVuSans.ttf', toBinaryString(fonts.regular));
  doc.addFileToVFS('DejaVuSans-Bold.ttf', toBinaryString(fonts.bold));
  doc.addFont('DejaVuSans.ttf', FONT, 'normal');
  doc.addFont('DejaVuSans-Bold.ttf', FONT, 'bold');
  doc.setFont(FONT, 'normal');
}

function toBinaryString(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let out = '';
  const chunk = 0x8000;
  for (let i = 0; i < view.length; i += chunk) {
    out += String.fromCharCode(...view.subarray(i, i + chunk));
  }
  return out;
}
