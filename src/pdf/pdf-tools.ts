/**
 * jsPDF, its table plugin and the embedded font, loaded with import() only when a PDF is made, so no
 * screen pays for them up front. Shared by every PDF the app builds (plan, readiness report, room report).
 */
import type { FontFiles, FontLoader } from './fonts/font-files';
import type { AutoTable } from './layout';

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
