/**
 * Builds a PDF in a Web Worker, reporting pages as they are laid out; `signal` cancels by ending the worker.
 * Every PDF is built in the worker, so jsPDF is bundled once (in the worker) and the page never freezes.
 * The component tests' jsdom has no Worker; there, and only there, the same builder runs on the page.
 */
import { loadedCatalog, messagesOf } from '../i18n/i18n';
import { currentLocale } from '../i18n/locale';
import { pdfCommonMessages } from './pdf.messages';
import type { PdfJob, PdfJobKind, PdfWarmUp, PdfWorkerReply } from './pdf-job';
import { reportPagesTo } from './pdf-progress';

export interface BuildOptions {
  onProgress?: (pagesSoFar: number) => void;
  signal?: AbortSignal;
}

export interface BuiltDownload {
  blob: Blob;
  fileName: string;
}

type JobWithoutLocale = PdfJob extends infer J ? (J extends PdfJob ? Omit<J, 'locale' | 'catalog'> : never) : never;

const cancelled = () => new DOMException('The PDF was cancelled.', 'AbortError');

/** A PDF worker and the kinds of document it has been warmed for. */
interface PdfWorker {
  worker: Worker;
  kinds: Set<PdfJobKind>;
}

const startWorker = (): PdfWorker => ({
  worker: new Worker(new URL('./pdf.worker.ts', import.meta.url), { type: 'module' }),
  kinds: new Set(),
});

/**
 * The worker waiting for the next export (issue 15). It is started when a screen with export buttons is idle (or
 * one is pointed at or focused) and loads, ahead of the click, the builders for every kind asked for in this
 * session and, for a PDF, jsPDF and the fonts, and opens the document: the click then only sends the data. After
 * an export it is kept, its compiled code warm, and opens the next document; a cancel or a failure ends it. It is
 * kept while any export button is on screen (holdPdfWorker) and ended WAITING_WORKER_IDLE_MS after the last one goes.
 */
let waiting: PdfWorker | null = null;
const wantedKinds = new Set<PdfJobKind>();

/**
 * A warmed worker holds a thread, jsPDF's compiled code, the fonts and an open document (about 4 MB of heap after
 * garbage collection, measured in Chromium on the plan page): not much, but nothing once no export is offered. Kept
 * this long after the last export button leaves the screen (or after a warm-up or export with none shown), so moving
 * between the results and the plan does not restart it; the next screen with an export button starts a new one.
 */
export const WAITING_WORKER_IDLE_MS = 3 * 60_000;
let idleRelease: ReturnType<typeof setTimeout> | undefined;
let exportButtonsShown = 0;

function releaseWhenIdle(): void {
  clearTimeout(idleRelease);
  if (exportButtonsShown > 0) return; // someone may click at any time: a cold worker would make them wait
  idleRelease = setTimeout(() => {
    waiting?.worker.terminate();
    waiting = null;
  }, WAITING_WORKER_IDLE_MS);
}

/**
 * Keeps the waiting worker while an export button is on screen, however long someone writes before clicking; call the
 * returned function when the button goes. PdfExportButton calls it through its `keepWarm` prop.
 */
export function holdPdfWorker(): () => void {
  exportButtonsShown += 1;
  clearTimeout(idleRelease);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    exportButtonsShown -= 1;
    releaseWhenIdle();
  };
}

function warm(pdfWorker: PdfWorker): void {
  const missing = [...wantedKinds].filter((kind) => !pdfWorker.kinds.has(kind));
  if (missing.length === 0) return;
  missing.forEach((kind) => pdfWorker.kinds.add(kind));
  pdfWorker.worker.postMessage({ kind: 'warm', kinds: missing } satisfies PdfWarmUp);
}

export function warmUpPdfWorker(kinds: readonly PdfJobKind[] = ['plan']): void {
  if (typeof Worker === 'undefined') return;
  kinds.forEach((kind) => wantedKinds.add(kind));
  waiting ??= startWorker();
  warm(waiting);
  releaseWhenIdle();
}

export function buildPdf(job: JobWithoutLocale, { onProgress, signal }: BuildOptions = {}): Promise<BuiltDownload> {
  const locale = currentLocale();
  const fullJob = { ...job, locale, catalog: loadedCatalog(locale) } as PdfJob;
  if (signal?.aborted) return Promise.reject(cancelled());
  if (typeof Worker === 'undefined') {
    // Statically false in a production build, so this path and a second copy of jsPDF stay out of it.
    if (import.meta.env.MODE === 'test') return buildHere(fullJob, onProgress);
    return Promise.reject(new Error(messagesOf(pdfCommonMessages).noWorker));
  }

  return new Promise<BuiltDownload>((resolve, reject) => {
    // One document at a time per worker: a second export started meanwhile gets a worker of its own, and a
    // cancel ends only this one.
    const pdfWorker = waiting ?? startWorker();
    waiting = null;
    const { worker } = pdfWorker;
    const end = (reusable: boolean) => {
      signal?.removeEventListener('abort', abort);
      worker.onmessage = null;
      worker.onerror = null;
      if (reusable && !waiting) {
        waiting = pdfWorker;
        releaseWhenIdle();
      } else worker.terminate();
    };
    const abort = () => {
      end(false);
      reject(cancelled());
    };
    signal?.addEventListener('abort', abort, { once: true });
    worker.onmessage = (event: MessageEvent<PdfWorkerReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') return onProgress?.(reply.pages);
      end(reply.type === 'done');
      if (reply.type === 'done') resolve({ blob: reply.blob, fileName: reply.fileName });
      else reject(new Error(reply.message));
    };
    worker.onerror = (event) => {
      end(false);
      reject(new Error(event.message || 'The PDF could not be built.'));
    };
    worker.postMessage(fullJob);
  });
}

async function buildHere(job: PdfJob, onProgress?: (pages: number) => void): Promise<BuiltDownload> {
  reportPagesTo(onProgress ?? null);
  try {
    const built = await (await import('./build-job')).buildJob(job);
    return { blob: built.blob, fileName: built.fileName };
  } finally {
    reportPagesTo(null);
  }
}
