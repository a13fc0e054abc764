/**
 * The go / adapt / pause / reconsider proposal: a pure function of the answers. Its wording is in
 * scoring.messages.ts, and decisionRule there says this rule in plain words: change both together.
 */
import { ratingLabel, type Rating } from '../content/levels';
import { messagesOf } from '../i18n/i18n';
import { stepContent } from '../stages/stage-list';
import { ratingOf, type RatingsByStep, type ReadinessScores } from './readiness';
import { scoringMessages } from './scoring.messages';

export const DECISION_VALUES = ['go', 'adapt', 'pause', 'reconsider'] as const;

/** The app's proposal, and the team's decision, on whether to launch. */
export type DecisionValue = (typeof DECISION_VALUES)[number];

/**
 * Step 1's item on whether a STEM teacher leader would add value alongside existing roles (the "steps"
 * seed page: assess whether and how the role would add value, given existing roles and culture).
 */
export const ADDED_VALUE_ITEM = { stepId: 'needs', itemId: 'addedValue' } as const;

/** Step 5: the source says to plan for sustainability before launching. */
const SUSTAINABILITY_STEP = 'sustainability';

/** "Go: launch the program as planned", in the active language. */
export function decisionLabel(value: DecisionValue): string {
  return messagesOf(scoringMessages).decisionLabels[value];
}

/** "Go", "Adapt", "Pause" or "Reconsider the role", in the active language. */
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

export interface DecisionInputs {
  notSureCount?: number;
  /** The team's rating of ADDED_VALUE_ITEM, if any. */
  addedValue?: Rating | null;
}

/** The rating of the added-value item, read from the saved answers. */
export function addedValueRating(steps: RatingsByStep): Rating | null {
  return ratingOf(steps, ADDED_VALUE_ITEM.stepId, ADDED_VALUE_ITEM.itemId) ?? null;
}

export function proposeDecision(scores: ReadinessScores, inputs: DecisionInputs = {}): DecisionProposal {
  const t = messagesOf(scoringMessages);
  const { notSureCount = 0, addedValue = null } = inputs;
  const { overall, steps } = scores;
  const early = steps.filter((s) => s.level === 'early');
  const sustainabilityEarly = early.some((s) => s.stepId === SUSTAINABILITY_STEP);
  const unjudged = steps.filter((s) => s.level === null);
  const roleInDoubt = addedValue === 'early';

  const reasons: string[] = [];
  if (roleInDoubt) {
    const item = stepContent(ADDED_VALUE_ITEM.stepId).items.find((i) => i.id === ADDED_VALUE_ITEM.itemId);
    // The statement is quoted inside a sentence, so its own full stop goes.
    reasons.push(t.reasonAddedValueEarly({ statement: (item?.statement ?? '').replace(/\.$/, '') }));
  }
  reasons.push(overall ? t.reasonOverall({ level: ratingLabel(overall) }) : t.reasonOverallNotJudged);
  early.forEach((s) =>
    reasons.push(
      s.stepId === SUSTAINABILITY_STEP
        ? t.reasonSustainabilityEarly({ number: s.number, title: s.shortTitle })
        : t.reasonStepEarly({ number: s.number, title: s.shortTitle }),
    ),
  );
  if (unjudged.length) reasons.push(t.reasonUnjudgedSteps(unjudged.length));
  if (notSureCount) reasons.push(t.reasonNotSureItems(notSureCount));

  let value: DecisionValue;
  if (roleInDoubt) value = 'reconsider';
  else if (overall === null || overall === 'early' || sustainabilityEarly) value = 'pause';
  else if ((overall === 'prepared' || overall === 'model') && early.length === 0) value = 'go';
  else value = 'adapt';
  return { value, reasons };
}
