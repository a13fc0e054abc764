/// <reference lib="webworker" />
/**
 * Builds PDFs off the main thread (issue 15): laying out a long plan takes seconds on a slow laptop, and in a
 * worker the page stays responsive, shows progress and can be cancelled. The document data arrives already
 * worded; the worker sets the same language so its fixed wording (headings, page numbers) matches the screen.
 */
import { applyCatalog } from '../i18n/i18n';
import { isLocale } from '../i18n/locale';
import type { PdfJob, PdfWarmUp, PdfWorkerReply } from './pdf-job';
import { reportPagesTo } from './pdf-progress';
import { buildJob, preloadBuilder } from './build-job';
import { practiseOnce, prepareNextPdf } from './pdf-tools';

declare const self: DedicatedWorkerGlobalScope;

/** Set once warmed for a PDF: the worker then opens the next document after each job too (it is kept). */
let opensPdfs = false;

self.onmessage = async (event: MessageEvent<PdfJob | PdfWarmUp>) => {
  const job = event.data;
  if (job.kind === 'warm') {
    // Failures are ignored here: the export that follows loads again and reports them.
    for (const kind of job.kinds) void preloadBuilder(kind).catch(() => {});
    opensPdfs ||= job.kinds.some((kind) => kind !== 'docx');
    if (opensPdfs) {
      prepareNextPdf();
      void practiseOnce().catch(() => {});
    }
    return;
  }
  const reply = (message: PdfWorkerReply) => self.postMessage(message);
  try {
    if (isLocale(job.locale)) applyCatalog(job.locale, job.catalog);
    reportPagesTo((pages) => reply({ type: 'progress', pages }));
    const built = await buildJob(job);
    reply({ type: 'done', blob: built.blob, fileName: built.fileName });
  } catch (error) {
    reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  } finally {
    reportPagesTo(null);
    if (opensPdfs) prepareNextPdf();
  }
};
