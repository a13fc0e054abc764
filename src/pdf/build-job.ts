/** One place that maps a job to its builder, for the worker and for the tests' in-page fallback. */
import type { PdfJob } from './pdf-job';

/** Loads a kind's builder ahead of its job (warm-up); the import in buildJob then finds it loaded. */
export function preloadBuilder(kind: PdfJob['kind']): Promise<unknown> {
  switch (kind) {
    case 'plan':
      return import('./build-plan-pdf');
    case 'board':
      return import('./build-board-summary-pdf');
    case 'docx':
      return import('./build-plan-docx');
    case 'room':
      return import('./build-room-report-pdf');
  }
}

/** Builds the document a job asks for, loading only that document's builder. */
export async function buildJob(job: PdfJob): Promise<{ blob: Blob; fileName: string }> {
  switch (job.kind) {
    case 'plan':
      return (await import('./build-plan-pdf')).buildPlanPdf(job.data);
    case 'board':
      return (await import('./build-board-summary-pdf')).buildBoardSummaryPdf(job.data);
    case 'docx':
      return (await import('./build-plan-docx')).buildPlanDocx(job.data);
    case 'room':
      return (await import('./build-room-report-pdf')).buildRoomReportPdf(job.data);
  }
}
