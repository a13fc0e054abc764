/**
 * The full plan's parts for the Word file, in the PDF's order and with the PDF's wording (pdf.messages.ts and
 * board.messages.ts), so both documents say the same from the same PlanDocumentData.
 */
import { formatNumber } from '../i18n/format';
import { messagesOf } from '../i18n/i18n';
import { pdfBoardMessages } from './board.messages';
import type { ChartImage } from './chart-images';
import type { DocxBlocks } from './docx-blocks';
import { longDate } from './format';
import type { PlanDocumentData } from './plan-document';
import { pdfPlanMessages } from './pdf.messages';
import { money } from './sections/budget-money';

const sum = (amounts: readonly (number | null)[]) => amounts.reduce<number>((s, a) => s + (a ?? 0), 0);

export function boardSummary(b: DocxBlocks, data: PlanDocumentData, charts: { readiness: ChartImage | null; timeline: ChartImage | null }): void {
  const t = messagesOf(pdfBoardMessages);
  const plan = messagesOf(pdfPlanMessages);
  b.heading(t.sectionTitle, 1, { pageBreakBefore: true });
  b.text(plan.summary.decision, { muted: true, keepNext: true });
  b.heading(data.decision.label, 2);
  if (data.decision.reasons.length > 0) {
    b.text(plan.summary.why, { bold: true, keepNext: true });
    b.bullets(data.decision.reasons);
  }
  if (data.decision.override) {
    b.text(plan.summary.overridden, { bold: true, keepNext: true });
    b.text(plan.proposedByTool({ label: data.decision.override.proposedLabel }), { muted: true });
    b.text(plan.changeReason({ reason: data.decision.override.reason }));
  }

  b.heading(t.readiness, 2);
  if (charts.readiness) b.image(charts.readiness.png, charts.readiness.width, charts.readiness.height, t.readiness);
  const c = plan.profile.columns;
  b.table(
    [c.step, c.level, c.itemsRated, c.notSure],
    data.stepScores.map((s) => [`${s.number}. ${s.title}`, s.levelLabel, plan.ratedOf({ rated: s.ratedCount, total: s.itemCount }), formatNumber(s.notSureCount)]),
    [5, 2, 1.5, 1.5],
  );
  b.text(t.readinessNote({ level: data.overall.levelLabel, explanation: data.overall.explanation }));
  progress(b, data);

  b.heading(t.topGaps, 2);
  const gaps = data.topGaps.slice(0, 5);
  if (gaps.length === 0) b.text(plan.summary.noGaps, { muted: true });
  else {
    const g = t.gapColumns;
    b.table(
      [g.gap, g.step, g.rating, g.action, g.who],
      gaps.map((gap) => {
        const p = gap.plannedAction;
        return [
          gap.statement,
          plan.stepNumber({ number: gap.stepNumber }),
          gap.ratingLabel,
          p?.action.trim() ? p.action : t.recommended({ recommendation: gap.recommendation }),
          p ? [p.owner.trim(), p.due ? longDate(p.due) : ''].filter(Boolean).join(', ') || t.noOwner : t.noOwner,
        ];
      }),
      [4, 1, 1.3, 4, 2],
    );
  }

  b.heading(t.timeline, 2);
  if (charts.timeline) b.image(charts.timeline.png, charts.timeline.width, charts.timeline.height, t.timeline);
  else if (!data.timeline?.entries.length) b.text(t.timelineNone, { muted: true });

  b.heading(t.budget, 2);
  const budget = data.budget;
  if (!budget || budget.lines.length === 0) b.text(t.budgetNone, { muted: true });
  else {
    const rows = budget.totalsBySource.map((s) => [s.sourceLabel, ...s.amounts.map((a) => money(budget, a)), money(budget, sum(s.amounts))]);
    rows.push([t.totalRow, ...budget.totalsByYear.map((a) => money(budget, a)), money(budget, sum(budget.totalsByYear))]);
    b.table([t.budgetColumns.source, ...budget.yearLabels, t.budgetColumns.total], rows, [3, 1.3, 1.3, 1.3, 1.4], true);
    if (budget.recurringShareNote.trim()) b.text(budget.recurringShareNote, { bold: true });
  }

  b.heading(t.evaluation, 2);
  const evaluation = data.evaluation ?? [];
  if (evaluation.length === 0) b.text(t.evaluationNone, { muted: true });
  else {
    const e = t.evaluationColumns;
    b.table(
      [e.benefit, e.indicator, e.target, e.reviewDate],
      evaluation.map((r) => [r.benefit, r.indicator, r.target, longDate(r.reviewDate)]),
      [2.5, 4, 2, 1.6],
    );
  }
}

export function readinessDetail(b: DocxBlocks, data: PlanDocumentData): void {
  const t = messagesOf(pdfBoardMessages);
  const plan = messagesOf(pdfPlanMessages);
  b.heading(t.readinessDetail, 1, { pageBreakBefore: true });
  b.heading(t.allGaps, 2);
  if (data.topGaps.length === 0) b.text(plan.summary.noGaps, { muted: true });
  else {
    const c = t.allGapsColumns;
    b.table(
      [c.rank, c.step, c.statement, c.rating],
      data.topGaps.map((g, i) => [String(i + 1), plan.stepNumber({ number: g.stepNumber }), g.statement, g.ratingLabel]),
      [0.6, 1, 7, 1.4],
    );
    b.text(t.sourcesOnce({ sources: [...new Set(data.topGaps.map((g) => g.source))].join('; ') }), { muted: true, small: true });
  }
  b.heading(plan.profile.ruleHeading, 3);
  b.text(data.scoringRule);
}

export function planParts(b: DocxBlocks, data: PlanDocumentData): void {
  const t = messagesOf(pdfBoardMessages);
  const plan = messagesOf(pdfPlanMessages);

  b.heading(plan.actionPlan.title, 1);
  if (data.actions.length === 0) b.text(plan.noActions, { muted: true });
  else {
    const c = plan.actionPlan.columns;
    const stepNumber = new Map(data.steps.map((s) => [s.title, s.number]));
    b.table(
      [c.action, c.step, c.owner, c.start, c.due, c.resources, c.successMeasure, c.status],
      data.actions.map((a) => {
        const n = stepNumber.get(a.stepTitle);
        return [a.action, n === undefined ? a.stepTitle : plan.stepNumber({ number: n }), a.owner, longDate(a.start), longDate(a.due), a.resources, a.successMeasure, a.status];
      }),
      [112, 36, 64, 50, 50, 72, 66, 42],
    );
  }

  b.heading(t.timelineSection, 1);
  const milestones = (data.timeline?.entries ?? []).filter((e) => e.kind === 'milestone');
  if (milestones.length === 0) b.text(t.timelineNone, { muted: true });
  else {
    const c = t.milestoneColumns;
    b.table(
      [c.milestone, c.owner, c.date, c.status],
      milestones.map((m) => [m.label, m.owner, m.date ? longDate(m.date) : t.undated, m.statusLabel]),
      [4, 2.5, 1.8, 1.4],
    );
  }

  b.heading(t.budgetSection, 1);
  const budget = data.budget;
  if (!budget || budget.lines.length === 0) b.text(t.budgetNone, { muted: true });
  else {
    const c = t.budgetColumns;
    const rows = budget.lines.map((l) => [l.item, l.categoryLabel, l.sourceLabel, l.recurrenceLabel, ...l.amounts.map((a) => money(budget, a)), money(budget, sum(l.amounts))]);
    rows.push([t.totalRow, '', '', '', ...budget.totalsByYear.map((a) => money(budget, a)), money(budget, sum(budget.totalsByYear))]);
    b.table([c.item, c.category, c.source, c.recurrence, ...budget.yearLabels, c.total], rows, [3, 1.6, 1.6, 1.3, 1.3, 1.3, 1.3, 1.4], true);
  }

  b.heading(plan.job.title, 1);
  if (!data.jobDescription?.length) b.text(plan.job.none, { muted: true });
  else {
    b.text(plan.job.intro, { muted: true });
    for (const part of data.jobDescription) {
      b.heading(part.heading, 3);
      b.text(part.text);
    }
  }

  b.heading(plan.pd.title, 1);
  if (data.pdPlan.length === 0) b.text(plan.pd.none, { muted: true });
  else {
    const c = plan.pd.columns;
    b.table([c.area, c.currentStrength, c.priority, c.plannedSupport, c.timeline], data.pdPlan.map((p) => [p.area, p.currentStrength, p.priority, p.plannedSupport, p.timeline]), [96, 70, 56, 180, 90]);
  }

  const s = data.sustainability;
  b.heading(plan.sustainability.title, 1);
  if (!s) b.text(plan.sustainability.none, { muted: true });
  else {
    const c = plan.sustainability.columns;
    b.heading(plan.sustainability.fundingByYear, 3);
    b.table([c.year, c.source, c.details], s.fundingByYear.map((f) => [f.year, f.source, f.note.trim() || '—']), [60, 120, 312]);
    b.labelled(plan.sustainability.transition, s.transition);
    b.labelled(plan.sustainability.elementsToSustain, s.elementsToSustain);
    if (s.evidence?.length) {
      b.heading(plan.sustainability.evidence, 3);
      b.bullets(s.evidence);
    }
    b.labelled(plan.sustainability.partners, s.partners);
  }
}

/** Progress since the baseline (issue 14), right after readiness, when the plan is a reassessment. */
function progress(b: DocxBlocks, data: PlanDocumentData): void {
  const p = data.progress;
  if (!p) return;
  const t = messagesOf(pdfBoardMessages);
  b.heading(t.progress({ date: longDate(p.sinceDate) }), 2);
  if (p.summary) b.text(p.summary, { bold: true });
  const c = t.progressColumns;
  b.table(
    [c.step, c.baseline, c.current],
    [
      ...p.steps.map((s) => [`${s.number}. ${s.title}`, s.baselineLabel, s.currentLabel]),
      [messagesOf(pdfPlanMessages).cover.overallReadiness, p.overall.baselineLabel, p.overall.currentLabel],
    ],
    [5, 2, 2],
    true,
  );
  b.bullets(p.movedItems.map((m) => t.progressMoved({ statement: m.statement, step: m.stepTitle, from: m.fromLabel, to: m.toLabel })));
  if (p.notes.length > 0) b.bullets(p.notes);
}
