/**
 * jsPDF, its table plugin and the embedded font, loaded with import() only when a PDF is made, so no
 * screen pays for them up front. Shared by every PDF the app builds (plan, readiness report, room report).
 */
import { pageAdded } from './pdf-progress';
import { messagesOf } from '../i18n/i18n';
import { currentLocaleTag } from '../i18n/locale';
import type { FontFiles, FontLoader } from './fonts/font-files';
import { PdfWriter, type AutoTable } from './layout';
import { pdfCommonMessages } from './pdf.messages';
import { registerFonts } from './register-fonts';

export interface PdfTools {
  jsPDF: typeof import('jspdf').jsPDF;
  autoTable: AutoTable;
  fonts: FontFiles;
}

const loadFontsOverHttp = () => import('./fonts/load-fonts-over-http').then((m) => m.loadFontsOverHttp());

/** Everything in parallel: the font download starts while jsPDF's chunks are still arriving. */
export async function loadPdfTools(loadFonts: FontLoader = loadFontsOverHttp): Promise<PdfTools> {
  const [{ jsPDF }, { autoTable }, fonts] = await Promise.all([import('jspdf'), import('jspdf-autotable'), loadFonts()]);
  skipArabicShaping(jsPDF);
  return { jsPDF, autoTable, fonts };
}

/** What every PDF the app builds says about itself (File > Properties in a PDF reader). */
export interface PdfProperties {
  title: string;
  subject: string;
  author: string;
  keywords: string;
  /** ISO date-time; an unparsable value leaves jsPDF's own creation date. */
  createdAt: string;
}

export interface BuiltPdfFile {
  blob: Blob;
  /** The same bytes as `blob`, for tests and for saving outside a browser. */
  bytes: Uint8Array;
  fileName: string;
  pageCount: number;
}

/**
 * A new Letter-size document with the embedded fonts and its properties set, ready to draw on. Its language
 * (read aloud by screen readers) is the interface's at the moment of export, as is every word in it.
 */
export async function startPdf(properties: PdfProperties, loadFonts?: FontLoader): Promise<PdfWriter> {
  const { jsPDF, autoTable, fonts } = await loadPdfTools(loadFonts);
  const doc = new jsPDF({ unit: 'pt', format: 'letter', orientation: 'portrait', compress: true });
  // Progress for the export button ("Page 12 so far"): jsPDF announces every page it adds.
  doc.internal.events.subscribe('addPage', () => pageAdded(doc.getNumberOfPages()));
  pageAdded(1);
  registerFonts(doc, fonts);
  const { title, subject, author, keywords, createdAt } = properties;
  const creator = messagesOf(pdfCommonMessages).creator;
  doc.setDocumentProperties({ title, subject, author, keywords, creator });
  const created = new Date(createdAt);
  if (!Number.isNaN(created.getTime())) doc.setCreationDate(created);
  doc.setLanguage(pdfLanguage(currentLocaleTag()));
  return new PdfWriter(doc, autoTable);
}

type PdfLanguage = Parameters<import('jspdf').jsPDF['setLanguage']>[0];

/**
 * The PDF's /Lang. jsPDF writes it only for tags on its own list, which has en-US but not es-US, and silently
 * writes nothing for others; for those the language alone ("es") is on the list and still right.
 */
function pdfLanguage(tag: string): PdfLanguage {
  const regionalTagsJsPdfKnows: readonly string[] = ['en-US'];
  return (regionalTagsJsPdfKnows.includes(tag) ? tag : tag.split('-')[0]!) as PdfLanguage;
}

export function finishPdf(w: PdfWriter, fileName: string): BuiltPdfFile {
  const buffer = w.doc.output('arraybuffer');
  return {
    blob: new Blob([buffer], { type: 'application/pdf' }),
    bytes: new Uint8Array(buffer),
    fileName,
    pageCount: w.doc.getNumberOfPages(),
  };
}

/**
 * Start the downloads early, e.g. when the pointer reaches an export button, so the click has less
 * to wait for. Failures are ignored here; the export itself reports them.
 */
export function preloadPdfTools(): void {
  void loadPdfTools().catch(() => {});
}

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
