/**
 * Readiness scoring: pure functions of the answers, no React, no store.
 * The roll-up rule is modelled on the North Carolina STEM attribute rubrics' continuum
 * (Early, Developing, Prepared, Model) named on the "steps" seed page; ruleText() says it in plain words
 * (scoring.messages.ts, so a change to a number here is a change to its wording there).
 */
import { ratingLabel, LEVELS, NOT_SURE, isLevel, type Level, type Rating } from '../content/levels';
import { messagesOf } from '../i18n/i18n';
import { STEP_IDS, stepContent, type StepId } from '../stages/stage-list';
import { scoringMessages } from './scoring.messages';

/** Share of judged parts that must be at a level or above to earn it. */
export const LEVEL_SHARE = 0.75;
/** Share of a step's items that must be rated on the continuum before the step is judged. */
export const MIN_RATED_SHARE = 0.5;

/** The roll-up rule in plain words, one line each, in the active language. */
export function ruleText(): readonly string[] {
  return messagesOf(scoringMessages).levelRule;
}

/** The rule as one paragraph, for print. */
export function ruleSummary(): string {
  return ruleText().join(' ');
}

const rank = (level: Level) => LEVELS.indexOf(level);
const shareAtLeast = (levels: readonly Level[], floor: Level) =>
  levels.filter((l) => rank(l) >= rank(floor)).length / levels.length;

/**
 * The roll-up rule for any list of judged levels out of `total` parts.
 * Returns null when fewer than MIN_RATED_SHARE of the parts were judged.
 */
export function rollUp(levels: readonly Level[], total: number): Level | null {
  if (total === 0 || levels.length === 0 || levels.length < total * MIN_RATED_SHARE) return null;
  if (shareAtLeast(levels, 'model') >= LEVEL_SHARE && levels.every((l) => rank(l) >= rank('prepared'))) return 'model';
  if (shareAtLeast(levels, 'prepared') >= LEVEL_SHARE && !levels.includes('early')) return 'prepared';
  if (shareAtLeast(levels, 'developing') >= 0.5) return 'developing';
  return 'early';
}

export function levelLabel(level: Level | null): string {
  return level ? ratingLabel(level) : messagesOf(scoringMessages).notEnoughAnswers;
}

/** The shape scoring needs: each step's ratings, as saved. */
export type RatingsByStep = Partial<Record<StepId, { ratings?: Partial<Record<string, { level?: Rating | null }>> }>>;

export interface StepScore {
  stepId: StepId;
  number: number;
  title: string;
  shortTitle: string;
  level: Level | null;
  itemCount: number;
  /** Items rated on the continuum (Not sure yet excluded). */
  ratedCount: number;
  notSureCount: number;
  counts: Record<Level, number>;
}

export function ratingOf(steps: RatingsByStep, stepId: StepId, itemId: string): Rating | undefined {
  const level = steps[stepId]?.ratings?.[itemId]?.level;
  return level ?? undefined;
}

export function scoreStep(steps: RatingsByStep, stepId: StepId): StepScore {
  const content = stepContent(stepId);
  const ratings = content.items.map((item) => ratingOf(steps, stepId, item.id));
  const levels = ratings.filter(isLevel);
  const counts = Object.fromEntries(LEVELS.map((l) => [l, levels.filter((x) => x === l).length])) as Record<
    Level,
    number
  >;
  return {
    stepId,
    number: content.number,
    title: content.title,
    shortTitle: content.shortTitle,
    level: rollUp(levels, content.items.length),
    itemCount: content.items.length,
    ratedCount: levels.length,
    notSureCount: ratings.filter((r) => r === NOT_SURE).length,
    counts,
  };
}

export interface ReadinessScores {
  steps: StepScore[];
  overall: Level | null;
  overallExplanation: string;
}

export function scoreReadiness(steps: RatingsByStep): ReadinessScores {
  const scores = STEP_IDS.map((id) => scoreStep(steps, id));
  const judged = scores.flatMap((s) => (s.level ? [s.level] : []));
  const overall = rollUp(judged, scores.length);
  const below = scores.filter((s) => s.level === 'early' || s.level === 'developing').length;
  const t = messagesOf(scoringMessages);
  const overallExplanation =
    overall === null
      ? t.overallNotJudged({ judged: judged.length, total: scores.length })
      : t.overallJudged({
          judged: judged.length,
          total: scores.length,
          ready: judged.length - below,
          below,
          level: ratingLabel(overall),
        });
  return { steps: scores, overall, overallExplanation };
}
