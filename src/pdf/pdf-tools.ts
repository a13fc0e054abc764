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

/** The tools over HTTP, loaded once per worker: the same font bytes, so their conversion is reused (register-fonts.ts). */
let toolsOverHttp: Promise<PdfTools> | null = null;

function loadSharedPdfTools(): Promise<PdfTools> {
  const loading = (toolsOverHttp ??= loadPdfTools());
  loading.catch(() => {
    if (toolsOverHttp === loading) toolsOverHttp = null; // the next attempt loads again
  });
  return loading;
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

type JsPdf = InstanceType<typeof import('jspdf').jsPDF>;

interface OpenDocument {
  doc: JsPdf;
  autoTable: AutoTable;
}

/** A blank Letter-size document with the embedded fonts registered: the part of every PDF that does not depend on it. */
function openDocument({ jsPDF, autoTable, fonts }: PdfTools): OpenDocument {
  const doc = new jsPDF({ unit: 'pt', format: 'letter', orientation: 'portrait', compress: true });
  registerFonts(doc, fonts);
  return { doc, autoTable };
}

/** The document a warm worker opened before the click (issue 15); each is used once. */
let prepared: Promise<OpenDocument> | null = null;

/**
 * Load jsPDF and the fonts and open the next document now, while nothing waits for it (the PDF worker does this
 * when it is started ahead of the click), so the export itself only lays out and writes. Failures are ignored
 * here; the export that follows tries again and reports them.
 */
export function prepareNextPdf(): void {
  if (prepared) return;
  const opening = loadSharedPdfTools().then(openDocument);
  opening.catch(() => {
    if (prepared === opening) prepared = null;
  });
  prepared = opening;
}

let practised = false;

/**
 * Once per worker, when it is started ahead of the click: lay out and write a short throwaway document, so the
 * export's own build runs on code the JavaScript engine has already compiled. A first build in a fresh worker took
 * about twice as long as a later one; after this practice (about a tenth of a typical plan's work) it takes about
 * 15% less (Node, same machine). Nothing of it is shown or kept; its filler text is never seen.
 */
export async function practiseOnce(): Promise<void> {
  if (practised) return;
  practised = true;
  const { doc, autoTable } = openDocument(await loadSharedPdfTools()); // its own: not the prepared one, no progress
  const w = new PdfWriter(doc, autoTable);
  const filler = 'Filler words to lay out, long enough to wrap across the width of the page more than once. '.repeat(4);
  for (let page = 0; page < 2; page++) {
    w.sectionTitle('Practice', { newPage: page > 0 });
    w.heading('Practice');
    w.text(filler);
    w.bullets([filler, filler.slice(0, 40)]);
    w.labelled('Practice', filler);
    w.table(['1', '2', '3'], Array.from({ length: 12 }, (_, row) => [String(row), filler.slice(0, 60 + row * 5), filler.slice(0, 10)]));
  }
  w.doc.output('arraybuffer');
}

async function takeDocument(loadFonts?: FontLoader): Promise<OpenDocument> {
  const ready = loadFonts ? null : prepared;
  prepared = null;
  return (await ready?.catch(() => null)) ?? openDocument(await loadPdfTools(loadFonts));
}

/**
 * A new Letter-size document with the embedded fonts and its properties set, ready to draw on. Its language
 * (read aloud by screen readers) is the interface's at the moment of export, as is every word in it.
 */
export async function startPdf(properties: PdfProperties, loadFonts?: FontLoader): Promise<PdfWriter> {
  const { doc, autoTable } = await takeDocument(loadFonts);
  // Progress for the export button ("Page 12 so far"): jsPDF announces every page it adds.
  doc.internal.events.subscribe('addPage', () => pageAdded(doc.getNumberOfPages()));
  pageAdded(1);
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
