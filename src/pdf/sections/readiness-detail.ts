/**
 * The full plan's readiness detail, after the board summary: the figures behind the chart, every ranked gap
 * (the board summary shows five) and how the levels are worked out. Sources are cited once, under the gaps.
 */
import { messagesOf } from '../../i18n/i18n';
import { pdfBoardMessages } from '../board.messages';
import { COLOR, SIZE, type PdfWriter } from '../layout';
import type { PlanDocumentData } from '../plan-document';
import { pdfPlanMessages } from '../pdf.messages';
import { drawStepScoresTable } from './profile';

export function drawReadinessDetail(w: PdfWriter, data: PlanDocumentData): void {
  const t = messagesOf(pdfBoardMessages);
  const plan = messagesOf(pdfPlanMessages);
  w.sectionTitle(t.readinessDetail);
  drawStepScoresTable(w, data);

  w.heading(t.allGaps, 2, 80);
  if (data.topGaps.length === 0) {
    w.text(plan.summary.noGaps, { color: COLOR.muted });
  } else {
    const c = t.allGapsColumns;
    w.table(
      [c.rank, c.step, c.statement, c.rating],
      data.topGaps.map((g, i) => [String(i + 1), plan.stepNumber({ number: g.stepNumber }), g.statement, g.ratingLabel]),
      { fit: [{ weight: 0.5, align: 'right' }, { weight: 1 }, { weight: 7 }, { weight: 1.4, bold: true }] },
    );
    const sources = [...new Set(data.topGaps.map((g) => g.source))];
    w.text(t.sourcesOnce({ sources: sources.join('; ') }), { size: SIZE.small, color: COLOR.muted, spaceAfter: 10 });
  }

  w.heading(plan.profile.ruleHeading, 3, 30);
  w.text(data.scoringRule);
}
