import { z } from 'zod';
import { messagesOf } from '../../i18n/i18n';
import { optionalChoice, optionalText, ratingsSchema, built } from '../schema-helpers';
import {
  PRIORITY_VALUES,
  SUPPORT_AREA_VALUES,
  SUPPORT_LIMITS,
  supportContent,
  type SupportAreaValue,
} from './support.content';
import { supportMessages } from './support.messages';

const errors = () => messagesOf(supportMessages).errors;

const areaPlan = built(() =>
  z
    .object({
      priority: optionalChoice(PRIORITY_VALUES),
      plannedSupport: optionalText(
        SUPPORT_LIMITS.plannedSupport,
        () => errors().plannedSupportTooLong,
      ),
      timeline: optionalText(SUPPORT_LIMITS.timeline, () => errors().timelineTooLong),
    })
    .default({ priority: '', plannedSupport: '', timeline: '' }),
);

/** One entry per support area, keyed by the areas content lists. */
const byArea = <T>(value: T) =>
  Object.fromEntries(SUPPORT_AREA_VALUES.map((area) => [area, value])) as Record<
    SupportAreaValue,
    T
  >;

export const supportQuestionsSchema = built(() =>
  z.object({
    pdPlan: z
      .object(byArea(areaPlan()))
      .default(byArea({ priority: '', plannedSupport: '', timeline: '' } as const)),
    otherSupports: optionalText(SUPPORT_LIMITS.otherSupports, () => errors().otherSupportsTooLong),
  }),
);

export const supportSchema = built(() =>
  supportQuestionsSchema().extend({ ratings: ratingsSchema(() => supportContent().items) }),
);

export type SupportQuestionName = keyof z.infer<ReturnType<typeof supportQuestionsSchema>>;
export type SupportAnswers = z.infer<ReturnType<typeof supportSchema>>;
