/**
 * The board summary alone (issue 12 §3): at most four pages a board member reads in five minutes. Built from
 * the same PlanDocumentData as the full plan and the Word file; pure, like build-plan-pdf.ts.
 */
import { sourceTitle } from '../content/sources';
import { messagesOf } from '../i18n/i18n';
import { boardSummaryFileName } from '../lib/file-name';
import { pdfBoardMessages } from './board.messages';
import type { FontLoader } from './fonts/font-files';
import { finishPdf, startPdf, type BuiltPdfFile } from './pdf-tools';
import type { PlanDocumentData } from './plan-document';
import { pdfPlanMessages } from './pdf.messages';
import { toPrintable } from './printable-text';
import { drawProgress } from './sections/progress';
import { drawBoardSummary } from './sections/board-summary';
import { drawPageFurniture } from './sections/page-furniture';

/** The most pages a board summary may take (issue 12 §3). */
export const BOARD_SUMMARY_MAX_PAGES = 4;

export async function buildBoardSummaryPdf(
  data: PlanDocumentData,
  options: { loadFonts?: FontLoader } = {},
): Promise<BuiltPdfFile> {
  const built = await build(data, options, false);
  // Long answers can push it past four pages: then it is laid out again, tighter (the full plan has every word).
  return built.pageCount <= BOARD_SUMMARY_MAX_PAGES ? built : build(data, options, true);
}

async function build(data: PlanDocumentData, options: { loadFonts?: FontLoader }, compact: boolean): Promise<BuiltPdfFile> {
  const t = messagesOf(pdfBoardMessages);
  const orgName = toPrintable(data.profile.orgName);
  const w = await startPdf(
    {
      title: messagesOf(pdfPlanMessages).documentTitle({ title: t.title, orgName }),
      subject: t.subject({ source: sourceTitle() }),
      author: orgName,
      keywords: messagesOf(pdfPlanMessages).keywords,
      createdAt: data.generatedAt,
    },
    options.loadFonts,
  );
  drawBoardSummary(w, { ...data, kind: 'full' }, { standalone: true, compact, afterReadiness: drawProgress });
  drawPageFurniture(w, data.profile.orgName, t.sectionTitle);
  return finishPdf(w, boardSummaryFileName(data.profile.orgName, data.profile.date));
}
