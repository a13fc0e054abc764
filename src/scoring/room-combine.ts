/**
 * Combining the room: pure functions of the participants' ratings (no React, no store).
 * For each readiness item, how the ratings spread over the continuum and how far apart they are;
 * for each step, how the participants' step-level roll-ups spread.
 */
import { ratingLabel, LEVELS, NOT_SURE, type Level, type Rating } from '../content/levels';
import { messagesOf } from '../i18n/i18n';
import { roomCombineMessages } from './room.messages';
import { scoreReadiness, scoreStep, type RatingsByStep } from './readiness';
import { STEP_IDS, stepContent, type StepId } from '../stages/stage-list';

/** One participant's (or team's) ratings, item id → rating, per step. Only what the room needs. */
export type ParticipantRatings = Partial<Record<StepId, Partial<Record<string, Rating>>>>;

/** A participant of the facilitator room: who they are and their ratings, never the rest of their file. */
export interface Participant {
  /** The row's id, unique within the room; made when the file is added. */
  id: string;
  /**
   * The random id the participant's own app put in their saved file: the same person across files, so an
   * updated file replaces their earlier ratings. Absent for files saved before files carried one.
   */
  participantId?: string;
  /** The participant's own name, else the organisation from the file's profile, else the file name. */
  name: string;
  /** The organisation from the file's profile, possibly empty. */
  organisation: string;
  /** The workshop group or table the participant gave, possibly empty. */
  group: string;
  /** The "team" field of the file's profile (who rated), possibly empty. */
  team: string;
  fileName: string;
  /** SHA-256 of the file's bytes (hex): the same file opened twice is recognised whatever its name. */
  contentHash: string;
  ratings: ParticipantRatings;
}

/** The disagreement rule in plain words, in the active language, shown on screen and in the report. */
export function disagreementRuleText(): readonly string[] {
  return messagesOf(roomCombineMessages).disagreementRule;
}

/** How many items the "most disputed" list shows. */
export const MOST_DISPUTED_COUNT = 5;

export interface Spread {
  /** Participants at each level. */
  counts: Record<Level, number>;
  notSure: number;
  notAnswered: number;
  lowest: Level | null;
  highest: Level | null;
  /** Levels between lowest and highest (0–3). */
  distance: number;
  /**
   * 0 when all rated participants share one level, rising as they split more evenly
   * (1 − share at the most common level). Breaks ties in distance.
   */
  evenness: number;
}

export interface ItemSpread extends Spread {
  stepId: StepId;
  stepNumber: number;
  itemId: string;
  /** e.g. "1.3": step number and the item's place in the step, as the wizard numbers them. */
  itemNumber: string;
  statement: string;
}

export interface StepSpread extends Spread {
  stepId: StepId;
  stepNumber: number;
  title: string;
  /** Participants whose step roll-up is not judged ("Not enough answers to judge"). */
  notJudged: number;
}

export interface RoomSummary {
  participantCount: number;
  items: ItemSpread[];
  steps: StepSpread[];
  /** Items ordered from most to least disputed; only items with some disagreement. */
  mostDisputed: ItemSpread[];
}

const rank = (level: Level) => LEVELS.indexOf(level);

/** The spread of a list of answers (undefined = not answered). */
export function spreadOf(answers: readonly (Rating | undefined)[]): Spread {
  const counts = Object.fromEntries(LEVELS.map((l) => [l, 0])) as Record<Level, number>;
  let notSure = 0;
  let notAnswered = 0;
  for (const answer of answers) {
    if (answer === undefined) notAnswered++;
    else if (answer === NOT_SURE) notSure++;
    else counts[answer]++;
  }
  const present = LEVELS.filter((l) => counts[l] > 0);
  const lowest = present[0] ?? null;
  const highest = present[present.length - 1] ?? null;
  const rated = LEVELS.reduce((sum, l) => sum + counts[l], 0);
  const most = Math.max(...LEVELS.map((l) => counts[l]));
  return {
    counts,
    notSure,
    notAnswered,
    lowest,
    highest,
    distance: lowest && highest ? rank(highest) - rank(lowest) : 0,
    evenness: rated === 0 ? 0 : 1 - most / rated,
  };
}

/** More disputed first: larger distance, then a more even split, then the order of the steps and items. */
export function compareDisagreement(a: ItemSpread, b: ItemSpread): number {
  return b.distance - a.distance || b.evenness - a.evenness;
}

function ratingOf(ratings: ParticipantRatings, stepId: StepId, itemId: string): Rating | undefined {
  return ratings[stepId]?.[itemId];
}

/** The participant's ratings in the shape the readiness scoring reads. */
export function asRatingsByStep(ratings: ParticipantRatings): RatingsByStep {
  const out: RatingsByStep = {};
  for (const stepId of STEP_IDS) {
    const step = ratings[stepId];
    if (!step) continue;
    out[stepId] = { ratings: Object.fromEntries(Object.entries(step).map(([id, level]) => [id, { level }])) };
  }
  return out;
}

export function combineRoom(participants: readonly Pick<Participant, 'ratings'>[]): RoomSummary {
  const items: ItemSpread[] = [];
  const steps: StepSpread[] = [];
  const scored = participants.map((p) => asRatingsByStep(p.ratings));
  for (const stepId of STEP_IDS) {
    const content = stepContent(stepId);
    content.items.forEach((item, index) => {
      items.push({
        stepId,
        stepNumber: content.number,
        itemId: item.id,
        itemNumber: `${content.number}.${index + 1}`,
        statement: item.statement,
        ...spreadOf(participants.map((p) => ratingOf(p.ratings, stepId, item.id))),
      });
    });
    const levels = scored.map((s) => scoreStep(s, stepId).level);
    const spread = spreadOf(levels.map((l) => l ?? undefined));
    const { notAnswered, ...rest } = spread;
    steps.push({ stepId, stepNumber: content.number, title: content.title, ...rest, notSure: 0, notAnswered: 0, notJudged: notAnswered });
  }
  const mostDisputed = items
    .filter((i) => i.distance > 0)
    // Array.prototype.sort is stable, so equal items keep the order of the steps.
    .sort(compareDisagreement);
  return { participantCount: participants.length, items, steps, mostDisputed };
}

export interface ConsensusReadiness {
  agreedCount: number;
  itemCount: number;
  overall: Level | null;
  steps: { stepId: StepId; stepNumber: number; title: string; level: Level | null; agreed: number; items: number }[];
}

/** The readiness the room's consensus ratings alone give, under the same roll-up rule as the results. */
export function consensusReadiness(consensus: ParticipantRatings): ConsensusReadiness {
  const scores = scoreReadiness(asRatingsByStep(consensus));
  const steps = scores.steps.map((s) => ({
    stepId: s.stepId,
    stepNumber: s.number,
    title: s.title,
    level: s.level,
    agreed: Object.keys(consensus[s.stepId] ?? {}).filter((id) => stepContent(s.stepId).items.some((i) => i.id === id)).length,
    items: s.itemCount,
  }));
  return {
    agreedCount: steps.reduce((sum, s) => sum + s.agreed, 0),
    itemCount: steps.reduce((sum, s) => sum + s.items, 0),
    overall: scores.overall,
    steps,
  };
}

/** "Early–Model", "Prepared", or "No levels" for a spread's range, in the active language. */
export function rangeLabel(spread: Pick<Spread, 'lowest' | 'highest'>): string {
  const t = messagesOf(roomCombineMessages);
  if (!spread.lowest || !spread.highest) return t.noLevels;
  return spread.lowest === spread.highest
    ? ratingLabel(spread.lowest)
    : t.range({ lowest: ratingLabel(spread.lowest), highest: ratingLabel(spread.highest) });
}

/** A participant's ratings taken from a plan file's steps: ratings only, nothing else of the file. */
export function ratingsFromSteps(steps: RatingsByStep): ParticipantRatings {
  const out: ParticipantRatings = {};
  for (const stepId of STEP_IDS) {
    const kept: Partial<Record<string, Rating>> = {};
    for (const item of stepContent(stepId).items) {
      const level = steps[stepId]?.ratings?.[item.id]?.level;
      if (level) kept[item.id] = level;
    }
    if (Object.keys(kept).length > 0) out[stepId] = kept;
  }
  return out;
}


