/** The go / adapt / pause proposal: a pure function of the scores. */
import { ratingLabel } from '../content/levels';
import type { ReadinessScores } from './readiness';

/** The app's proposal, and the team's decision, on whether to launch. */
export type DecisionValue = 'go' | 'adapt' | 'pause';

export const DECISION_LABELS: Record<DecisionValue, string> = {
  go: 'Go: launch the program as planned',
  adapt: 'Adapt: go ahead, but close the main gaps first or alongside',
  pause: 'Pause: build the foundations before launching',
};

export const DECISION_SHORT_LABELS: Record<DecisionValue, string> = { go: 'Go', adapt: 'Adapt', pause: 'Pause' };

export const DECISION_RULE_TEXT: readonly string[] = [
  'Pause when the overall level is Early or cannot be judged, or when step 1 (needs) or step 2 (vision) is Early, because every later step builds on them.',
  'Go when the overall level is Prepared or Model and no step is Early.',
  'Adapt in every other case.',
];

export interface DecisionProposal {
  value: DecisionValue;
  reasons: string[];
}

export function proposeDecision(scores: ReadinessScores, notSureCount = 0): DecisionProposal {
  const { overall, steps } = scores;
  const early = steps.filter((s) => s.level === 'early');
  const foundationsEarly = early.filter((s) => s.number <= 2);
  const unjudged = steps.filter((s) => s.level === null);
  const reasons: string[] = [];
  reasons.push(overall ? `Overall readiness is ${ratingLabel(overall)}.` : 'Overall readiness cannot be judged yet.');
  foundationsEarly.forEach((s) => reasons.push(`Step ${s.number} (${s.shortTitle}) is Early, and later steps build on it.`));
  early
    .filter((s) => s.number > 2)
    .forEach((s) => reasons.push(`Step ${s.number} (${s.shortTitle}) is Early.`));
  if (unjudged.length)
    reasons.push(`${unjudged.length} ${unjudged.length === 1 ? 'step has' : 'steps have'} too few ratings to judge.`);
  if (notSureCount)
    reasons.push(`${notSureCount} ${notSureCount === 1 ? 'item is' : 'items are'} “Not sure yet” and need finding out.`);

  let value: DecisionValue;
  if (overall === null || overall === 'early' || foundationsEarly.length > 0) value = 'pause';
  else if ((overall === 'prepared' || overall === 'model') && early.length === 0) value = 'go';
  else value = 'adapt';
  return { value, reasons };
}
