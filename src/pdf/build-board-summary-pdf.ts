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

export async function buildBoardSummaryPdf(
  data: PlanDocumentData,
  options: { loadFonts?: FontLoader } = {},
): Promise<BuiltPdfFile> {
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
  drawBoardSummary(w, { ...data, kind: 'full' }, { standalone: true, afterReadiness: drawProgress });
  drawPageFurniture(w, data.profile.orgName, t.sectionTitle);
  return finishPdf(w, boardSummaryFileName(data.profile.orgName, data.profile.date));
}
