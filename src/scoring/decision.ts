/** The go / adapt / pause proposal: a pure function of the scores. Its wording is in scoring.messages.ts. */
import { ratingLabel } from '../content/levels';
import { messagesOf } from '../i18n/i18n';
import type { ReadinessScores } from './readiness';
import { scoringMessages } from './scoring.messages';

export const DECISION_VALUES = ['go', 'adapt', 'pause'] as const;

/** The app's proposal, and the team's decision, on whether to launch. */
export type DecisionValue = (typeof DECISION_VALUES)[number];

/** "Go: launch the program as planned", in the active language. */
export function decisionLabel(value: DecisionValue): string {
  return messagesOf(scoringMessages).decisionLabels[value];
}

/** "Go", "Adapt" or "Pause", in the active language. */
export function decisionShortLabel(value: DecisionValue): string {
  return messagesOf(scoringMessages).decisionShortLabels[value];
}

/** How the proposal is made, one line each. */
export function decisionRuleText(): readonly string[] {
  return messagesOf(scoringMessages).decisionRule;
}

export interface DecisionProposal {
  value: DecisionValue;
  /** Worded in the language active when the proposal was made. */
  reasons: string[];
}

export function proposeDecision(scores: ReadinessScores, notSureCount = 0): DecisionProposal {
  const t = messagesOf(scoringMessages);
  const { overall, steps } = scores;
  const early = steps.filter((s) => s.level === 'early');
  const foundationsEarly = early.filter((s) => s.number <= 2);
  const unjudged = steps.filter((s) => s.level === null);
  const reasons: string[] = [];
  reasons.push(overall ? t.reasonOverall({ level: ratingLabel(overall) }) : t.reasonOverallNotJudged);
  foundationsEarly.forEach((s) => reasons.push(t.reasonFoundationEarly({ number: s.number, title: s.shortTitle })));
  early
    .filter((s) => s.number > 2)
    .forEach((s) => reasons.push(t.reasonStepEarly({ number: s.number, title: s.shortTitle })));
  if (unjudged.length) reasons.push(t.reasonUnjudgedSteps(unjudged.length));
  if (notSureCount) reasons.push(t.reasonNotSureItems(notSureCount));

  let value: DecisionValue;
  if (overall === null || overall === 'early' || foundationsEarly.length > 0) value = 'pause';
  else if ((overall === 'prepared' || overall === 'model') && early.length === 0) value = 'go';
  else value = 'adapt';
  return { value, reasons };
}
