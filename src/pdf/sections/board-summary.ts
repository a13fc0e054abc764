/**
 * The board summary (issue 12 §3): the decision and its reasons, readiness by step, the five most important gaps
 * with the action that closes each, the timeline, budget totals and the evaluation indicators. Printed alone
 * (at most four pages) and as the first part of the full plan.
 */
import { sourceTitle } from '../../content/sources';
import { messagesOf } from '../../i18n/i18n';
import { pdfBoardMessages } from '../board.messages';
import { longDate } from '../format';
import { COLOR, SIZE, type PdfWriter } from '../layout';
import type { PlanDocumentData } from '../plan-document';
import { pdfPlanMessages } from '../pdf.messages';
import { drawBudgetTotals } from './budget';
import { clip } from './clip';
import { drawEvaluationSummary } from './evaluation';
import { drawReadinessChart } from './readiness-chart';
import { drawDecisionBox } from './summary';
import { drawTimelineChart, timelineChartHeight } from './timeline-chart';

/** The board reads five gaps; the rest are in the full plan's readiness detail. */
export const BOARD_GAPS = 5;
/** The board's timeline shows every milestone and the first actions by date, up to this many rows. */
const TIMELINE_ROWS = 22;
/** A tighter layout for a plan whose summary would run past four pages: fewer timeline rows, shorter cells. */
const COMPACT = { timelineRows: 14, reason: 160, action: 120, ownerDue: 60 } as const;
const NORMAL = { timelineRows: TIMELINE_ROWS, reason: 300, action: 240, ownerDue: 120 } as const;

export interface BoardSummaryOptions {
  /** Alone, it opens with its own title block; in the full plan it follows the cover. */
  standalone: boolean;
  /** Shorter cells and fewer timeline rows, for a plan whose summary would otherwise exceed four pages. */
  compact?: boolean;
  /** Drawn right after the readiness chart: the place for progress since the baseline (issue 14, drawProgress). */
  afterReadiness?: (w: PdfWriter, data: PlanDocumentData) => void;
}

export function drawBoardSummary(w: PdfWriter, data: PlanDocumentData, options: BoardSummaryOptions): void {
  const t = messagesOf(pdfBoardMessages);
  const plan = messagesOf(pdfPlanMessages);
  const limits = options.compact ? COMPACT : NORMAL;
  if (options.standalone) {
    w.text(data.profile.orgName, { size: SIZE.h1, bold: true, color: COLOR.accent, spaceAfter: 2 });
    w.text(t.title, { size: SIZE.h2, bold: true, spaceAfter: 2 });
    w.text(t.preparedLine({ role: data.profile.respondentRole, date: longDate(data.profile.date) }), {
      size: SIZE.small,
      color: COLOR.muted,
      spaceAfter: 12,
    });
  } else {
    w.sectionTitle(t.sectionTitle);
  }

  drawDecisionBox(w, data);
  if (data.decision.reasons.length > 0) {
    w.text(plan.summary.why, { bold: true, spaceAfter: 3 });
    w.bullets(data.decision.reasons);
  }
  if (data.decision.override) {
    w.text(plan.summary.overridden, { bold: true, spaceAfter: 2 });
    w.text(plan.proposedByTool({ label: data.decision.override.proposedLabel }), { color: COLOR.muted, spaceAfter: 2 });
    w.text(plan.changeReason({ reason: clip(data.decision.override.reason, limits.reason) }), { spaceAfter: 10 });
  }

  w.heading(t.readiness, 2, 220);
  drawReadinessChart(w, data.stepScores, 21);
  w.text(t.readinessNote({ level: data.overall.levelLabel, explanation: data.overall.explanation }), { spaceAfter: 8 });
  options.afterReadiness?.(w, data);

  drawTopGaps(w, data, limits);

  if (data.kind === 'full') {
    const entries = data.timeline?.entries ?? [];
    // The heading moves with the whole chart, never left alone at the foot of a page.
    w.heading(t.timeline, 2, entries.length ? timelineChartHeight(entries, limits.timelineRows) : 30);
    drawTimelineChart(w, entries, limits.timelineRows);
    w.heading(t.budget, 2, 90);
    drawBudgetTotals(w, data);
    w.heading(t.evaluation, 2, 80);
    drawEvaluationSummary(w, data);
  }
  if (options.standalone) {
    w.text(plan.coverNote({ source: sourceTitle() }), { size: SIZE.small, color: COLOR.muted });
  }
}

function drawTopGaps(w: PdfWriter, data: PlanDocumentData, limits: { action: number; ownerDue: number }): void {
  const t = messagesOf(pdfBoardMessages);
  const plan = messagesOf(pdfPlanMessages);
  w.heading(t.topGaps, 2, 90);
  const gaps = data.topGaps.slice(0, BOARD_GAPS);
  if (gaps.length === 0) {
    w.text(plan.summary.noGaps, { color: COLOR.muted });
    return;
  }
  const { gapColumns: c } = t;
  w.table(
    [c.gap, c.step, c.rating, c.action, c.who],
    gaps.map((gap) => {
      const planned = gap.plannedAction;
      const ownerDue = planned
        ? [planned.owner.trim(), planned.due ? longDate(planned.due) : ''].filter(Boolean).join(', ') || t.noOwner
        : t.noOwner;
      return [
        gap.statement,
        plan.stepNumber({ number: gap.stepNumber }),
        gap.ratingLabel,
        clip(planned?.action.trim() ? planned.action : t.recommended({ recommendation: gap.recommendation }), limits.action),
        clip(ownerDue, limits.ownerDue),
      ];
    }),
    {
      styles: { fontSize: 8 },
      fit: [{ weight: 4.2 }, { weight: 1 }, { weight: 1.3, bold: true }, { weight: 4 }, { weight: 2, date: true }],
    },
  );
  const more = data.topGaps.length - gaps.length;
  if (more > 0 && data.kind === 'full') w.text(t.topGapsMore(more), { size: SIZE.small, color: COLOR.muted });
}

