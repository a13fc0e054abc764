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

const newWorker = () => new Worker(new URL('./pdf.worker.ts', import.meta.url), { type: 'module' });

/**
 * A worker started ahead of the click (when a screen with export buttons is idle, or on hover or focus) that
 * has loaded, or is loading, the builders for the kinds asked for in this session and, for a PDF, jsPDF and the
 * fonts, and has opened the document (issue 15: the click then only sends the data). One document per worker,
 * so after each export the button warms a new one, for every kind asked for so far.
 */
let warmWorker: Worker | null = null;
let warmKinds = new Set<PdfJobKind>();
const wantedKinds = new Set<PdfJobKind>();

export function warmUpPdfWorker(kinds: readonly PdfJobKind[] = ['plan']): void {
  if (typeof Worker === 'undefined') return;
  kinds.forEach((kind) => wantedKinds.add(kind));
  const missing = [...wantedKinds].filter((kind) => !warmKinds.has(kind));
  if (missing.length === 0) return;
  warmWorker ??= newWorker();
  missing.forEach((kind) => warmKinds.add(kind));
  warmWorker.postMessage({ kind: 'warm', kinds: missing } satisfies PdfWarmUp);
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
    const worker = warmWorker ?? newWorker();
    warmWorker = null; // one document per worker: it ends with the build, so a cancel ends only this one
    warmKinds = new Set();
    const end = () => {
      worker.terminate();
      signal?.removeEventListener('abort', abort);
    };
    const abort = () => {
      end();
      reject(cancelled());
    };
    signal?.addEventListener('abort', abort, { once: true });
    worker.onmessage = (event: MessageEvent<PdfWorkerReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') return onProgress?.(reply.pages);
      end();
      if (reply.type === 'done') resolve({ blob: reply.blob, fileName: reply.fileName });
      else reject(new Error(reply.message));
    };
    worker.onerror = (event) => {
      end();
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
