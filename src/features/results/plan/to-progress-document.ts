/** The "Progress since <date>" part of the plan document (src/pdf/plan-document.ts), worded for print. */
import type { ProgressDocument } from '../../../pdf/plan-document';
import { currentProgress, type ProgressSource } from '../progress/progress-model';
import { contentNotes, itemStatementOf, levelText, progressSummary, stepTitleOf } from '../progress/progress-words';

/** Null unless the assessment is a reassessment (it has a baseline). */
export function toProgressDocument(state: ProgressSource, now: Date): ProgressDocument | null {
  const result = currentProgress(state, now);
  if (!result) return null;
  const { progress } = result;
  return {
    sinceDate: progress.since,
    summary: progressSummary(progress),
    overall: {
      baselineLevel: progress.overall.from,
      currentLevel: progress.overall.to,
      baselineLabel: levelText(progress.overall.from),
      currentLabel: levelText(progress.overall.to),
    },
    steps: progress.steps.map((s) => ({
      ...stepTitleOf(s.stepId),
      baselineLevel: s.from,
      currentLevel: s.to,
      baselineLabel: levelText(s.from),
      currentLabel: levelText(s.to),
    })),
    movedItems: progress.moved.map((m) => ({
      stepTitle: stepTitleOf(m.stepId).title,
      statement: itemStatementOf(m.stepId, m.itemId),
      fromLabel: levelText(m.from),
      toLabel: levelText(m.to),
      direction: m.direction,
    })),
    notes: contentNotes(progress),
  };
}
