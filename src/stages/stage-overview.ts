/**
 * The seven steps' titles and purposes in order, for the start page: from stage-order.ts, so the start page
 * loads neither the steps' full content nor their schemas.
 */
import { messagesOf } from '../i18n/i18n';
import { STEP_IDS, STEP_SUMMARIES, type StepId } from './stage-order';

export interface StepSummary {
  id: StepId;
  title: string;
  shortTitle: string;
  purpose: string;
}

export function stepOverview(): readonly StepSummary[] {
  return STEP_IDS.map((id) => stepSummary(id));
}

/**
 * One step's number, titles and purpose, without building its full content: the stepper names all seven steps on
 * every form, and building every step's items and descriptors for that was its largest cost on a cold start.
 */
export function stepSummary(id: StepId): StepSummary & { number: number } {
  return { id, number: STEP_IDS.indexOf(id) + 1, ...messagesOf(STEP_SUMMARIES[id]) };
}
