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
  return STEP_IDS.map((id) => ({ id, ...messagesOf(STEP_SUMMARIES[id]) }));
}
