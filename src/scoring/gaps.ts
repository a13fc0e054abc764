/** Gaps and their ranking: pure functions of the answers. */
import { ratingLabel, NOT_SURE, type Rating } from '../content/levels';
import type { SeedPageKey } from '../content/sources';
import { messagesOf } from '../i18n/i18n';
import { STEP_IDS, stepContent, type StepId } from '../stages/stage-list';
import type { BenefitValue } from '../stages/vision/vision.content';
import { ratingOf, type RatingsByStep } from './readiness';
import { scoringMessages } from './scoring.messages';

/**
 * Which of the four benefits (the "benefits" seed page) each step mainly serves. This is the app's
 * reading, used only to order gaps: a gap in a step that serves a benefit the team chose comes sooner.
 */
export const STEP_BENEFITS: Record<StepId, readonly BenefitValue[]> = {
  needs: ['sustainCapacity'],
  vision: ['teacherVoice', 'studentEngagement'],
  programming: ['teachingPractice'],
  design: ['studentEngagement', 'teacherVoice'],
  sustainability: ['sustainCapacity'],
  position: ['teacherVoice', 'teachingPractice'],
  support: ['teachingPractice'],
};

/** How gaps are ranked, one line each, in the active language. */
export function gapRuleText(): readonly string[] {
  return messagesOf(scoringMessages).gapRule;
}

export const TOP_GAP_COUNT = 5;

export interface Gap {
  /** `${stepId}.${itemId}`: stable, so a plan row can remember which gap it came from. */
  key: string;
  stepId: StepId;
  stepNumber: number;
  stepTitle: string;
  itemId: string;
  statement: string;
  rating: Rating;
  ratingLabel: string;
  /** 2 for Early, 1 for Developing or Not sure yet. */
  distance: number;
  servesPriority: boolean;
  recommendation: string;
  source: SeedPageKey;
}

export function gapKey(stepId: StepId, itemId: string): string {
  return `${stepId}.${itemId}`;
}

/** The gaps, worded in the active language (step titles, statements, recommendations), best first. */
export function rankedGaps(steps: RatingsByStep, benefitPriorities: readonly string[] = []): Gap[] {
  const t = messagesOf(scoringMessages);
  const gaps = STEP_IDS.flatMap((stepId) => {
    const content = stepContent(stepId);
    const servesPriority = STEP_BENEFITS[stepId].some((b) => benefitPriorities.includes(b));
    return content.items.flatMap((item, index): (Gap & { order: number })[] => {
      const rating = ratingOf(steps, stepId, item.id);
      if (rating !== 'early' && rating !== 'developing' && rating !== NOT_SURE) return [];
      return [
        {
          key: gapKey(stepId, item.id),
          stepId,
          stepNumber: content.number,
          stepTitle: content.title,
          itemId: item.id,
          statement: item.statement,
          rating,
          ratingLabel: ratingLabel(rating),
          distance: rating === 'early' ? 2 : 1,
          servesPriority,
          recommendation:
            rating === NOT_SURE ? t.findOutFirst({ recommendation: item.recommendation }) : item.recommendation,
          source: item.source,
          order: content.number * 100 + index,
        },
      ];
    });
  });
  // Step order is only a tie-break (the steps may overlap and be revisited); gapRule says so on screen.
  gaps.sort(
    (a, b) =>
      b.distance - a.distance || Number(b.servesPriority) - Number(a.servesPriority) || a.order - b.order,
  );
  return gaps.map(({ order: _order, ...gap }) => gap);
}
