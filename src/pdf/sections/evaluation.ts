/** Evaluating the program: the indicators for the board, every column in the full plan. */
import { messagesOf } from '../../i18n/i18n';
import { pdfBoardMessages } from '../board.messages';
import { longDate } from '../format';
import { clip } from './clip';
import { COLOR, type PdfWriter } from '../layout';
import type { PlanDocumentData } from '../plan-document';

/** Board summary: benefit, indicator, target and review date. */
export function drawEvaluationSummary(w: PdfWriter, data: PlanDocumentData): void {
  const t = messagesOf(pdfBoardMessages);
  const rows = data.evaluation ?? [];
  if (rows.length === 0) {
    w.text(t.evaluationNone, { color: COLOR.muted });
    return;
  }
  const c = t.evaluationColumns;
  w.table(
    [c.benefit, c.indicator, c.target, c.reviewDate],
    rows.map((r) => [clip(r.benefit, 60), clip(r.indicator, 110), clip(r.target, 50), longDate(r.reviewDate)]),
    { styles: { fontSize: 8 }, fit: [{ weight: 2.5, bold: true }, { weight: 4 }, { weight: 2 }, { weight: 1.6, date: true }] },
  );
}

/** Full plan: with the data source and baseline. */
export function drawEvaluation(w: PdfWriter, data: PlanDocumentData): void {
  const t = messagesOf(pdfBoardMessages);
  w.sectionTitle(t.evaluationSection, { newPage: false, minSpace: 220 });
  const rows = data.evaluation ?? [];
  if (rows.length === 0) {
    w.text(t.evaluationNone, { color: COLOR.muted });
    return;
  }
  w.text(t.evaluationIntro, { color: COLOR.muted, spaceAfter: 8 });
  const c = t.evaluationColumns;
  w.table(
    [c.benefit, c.indicator, c.dataSource, c.baseline, c.target, c.reviewDate],
    rows.map((r) => [r.benefit, r.indicator, r.dataSource, r.baseline, r.target, longDate(r.reviewDate)]),
    {
      styles: { fontSize: 7.5, cellPadding: { top: 3, bottom: 3, left: 3.5, right: 3.5 } },
      fit: [{ weight: 2, bold: true }, { weight: 3 }, { weight: 2 }, { weight: 1.5 }, { weight: 1.5 }, { weight: 1.5, date: true }],
    },
  );
}
