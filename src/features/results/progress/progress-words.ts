/** Progress in words, for the progress view and the PDF (which prints what the screen says). */
import { ratingLabel, type Level, type Rating } from '../../../content/levels';
import { formatList, formatNumber } from '../../../i18n/format';
import { fill, messagesOf } from '../../../i18n/i18n';
import type { Progress } from '../../../scoring/progress';
import { levelLabel } from '../../../scoring/readiness';
import { STEP_IDS, stepContent, type StepId } from '../../../stages/stage-list';
import { progressMessages } from './progress.messages';

const isStep = (id: string): id is StepId => (STEP_IDS as readonly string[]).includes(id);

export function stepTitleOf(stepId: string): { number: number; title: string } {
  if (isStep(stepId)) {
    const content = stepContent(stepId);
    return { number: content.number, title: content.title };
  }
  return { number: 0, title: messagesOf(progressMessages).unknownStep({ id: stepId }) };
}

export function itemStatementOf(stepId: string, itemId: string): string {
  const item = isStep(stepId) ? stepContent(stepId).items.find((i) => i.id === itemId) : undefined;
  return item?.statement ?? messagesOf(progressMessages).unknownItem({ id: itemId });
}

export const levelText = (level: Level | null): string => levelLabel(level);
export const ratingText = (rating: Rating | undefined): string =>
  rating ? ratingLabel(rating) : messagesOf(progressMessages).notRated;

/** Counts inside plural messages are formatted for the language ("1,000" / "1000"). */
const n = (message: (count: number) => string, value: number) => fill(message(value), { count: formatNumber(value) });

/** "5 of 9 actions done, 2 in progress, 2 not started and 3 finished since the baseline" */
export function actionsLine(progress: Progress): string {
  const t = messagesOf(progressMessages);
  const a = progress.actions;
  return formatList([
    t.actionsDone({
      done: formatNumber(a.done),
      total: formatNumber(a.total),
      inProgress: formatNumber(a.inProgress),
      notStarted: formatNumber(a.notStarted),
    }),
    n(t.doneSince, a.doneSinceBaseline),
  ]);
}

/** "2 of 4 milestones met, 1 late" */
export function milestonesLine(progress: Progress): string {
  const m = progress.milestones;
  return messagesOf(progressMessages).milestonesLine({ met: formatNumber(m.met), total: formatNumber(m.total), late: formatNumber(m.late) });
}

/** "3 steps moved up and 1 moved down. 4 items changed their rating. 2 gaps closed and 1 new gap. …" */
export function progressSummary(progress: Progress): string {
  const t = messagesOf(progressMessages);
  const sentence = (parts: string[]) => t.sentence({ part: formatList(parts) });
  const steps: string[] = [];
  if (progress.stepsUp > 0) steps.push(n(t.stepsUp, progress.stepsUp));
  if (progress.stepsDown > 0) steps.push(n(progress.stepsUp > 0 ? t.stepsDownAfterUp : t.stepsDown, progress.stepsDown));
  const out = [sentence(steps.length > 0 ? steps : [t.noStepChange])];
  out.push(sentence([n(t.itemsMoved, progress.moved.length)]));
  out.push(sentence([n(t.gapsClosed, progress.gapsClosed.length), n(t.newGaps, progress.newGaps.length)]));
  out.push(sentence([progress.actions.total === 0 ? t.noActions : actionsLine(progress)]));
  if (progress.milestones.total > 0) out.push(sentence([milestonesLine(progress)]));
  if (progress.added.length > 0 || progress.removed.length > 0) {
    out.push(sentence([t.contentChanged({ added: formatNumber(progress.added.length), removed: formatNumber(progress.removed.length) })]));
  }
  return out.join(' ');
}

/** Items added or removed between content editions, worded. */
export function contentNotes(progress: Progress): string[] {
  const t = messagesOf(progressMessages);
  return [
    ...progress.added.map((i) => t.addedItem({ statement: itemStatementOf(i.stepId, i.itemId) })),
    ...progress.removed.map((i) => t.removedItem({ statement: itemStatementOf(i.stepId, i.itemId) })),
  ];
}
