/** What the page sends the PDF worker, and what comes back: plain, cloneable data only. */
import type { ComponentsJSON } from '@nanostores/i18n';
import type { RoomReportData } from './build-room-report-pdf';
import type { PlanDocumentData } from './plan-document';

/** `catalog`: the page's loaded catalog for `locale` (none for English), for the PDF's fixed wording. */
interface Language {
  locale: string;
  catalog?: ComponentsJSON | undefined;
}

/** 'plan': the full plan or readiness report PDF; 'board': the board summary PDF; 'docx': the full plan in Word. */
export type PdfJob = (
  | { kind: 'plan'; data: PlanDocumentData }
  | { kind: 'board'; data: PlanDocumentData }
  | { kind: 'docx'; data: PlanDocumentData }
  | { kind: 'room'; data: RoomReportData }
) &
  Language;

export type PdfJobKind = PdfJob['kind'];

/**
 * Sent when a screen with export buttons is idle (and when one is pointed at): load the builders for `kinds`,
 * and for a PDF, jsPDF and the fonts, and open the document, all before the click.
 */
export interface PdfWarmUp {
  kind: 'warm';
  kinds: PdfJobKind[];
}

export type PdfWorkerReply =
  | { type: 'progress'; pages: number }
  | { type: 'done'; blob: Blob; fileName: string }
  | { type: 'failed'; message: string };
