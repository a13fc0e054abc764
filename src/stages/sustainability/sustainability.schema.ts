import { z } from 'zod';
import { messagesOf } from '../../i18n/i18n';
import { optionalChoice, optionalText, ratingsSchema, built } from '../schema-helpers';
import {
  FUNDING_SOURCE_VALUES,
  PLAN_YEAR_VALUES,
  SUSTAINABILITY_LIMITS,
  sustainabilityContent,
} from './sustainability.content';
import { sustainabilityMessages } from './sustainability.messages';

const errors = () => messagesOf(sustainabilityMessages).errors;

const fundingYear = built(() =>
  z
    .object({
      source: optionalChoice(FUNDING_SOURCE_VALUES),
      note: optionalText(SUSTAINABILITY_LIMITS.fundingNote, () => errors().fundingNoteTooLong),
    })
    .default({ source: '', note: '' }),
);

type PlanYear = (typeof PLAN_YEAR_VALUES)[number];
/** One row per plan year, keyed by the years content lists. */
const byYear = <T>(value: T) =>
  Object.fromEntries(PLAN_YEAR_VALUES.map((year) => [year, value])) as Record<PlanYear, T>;

export const sustainabilityQuestionsSchema = built(() =>
  z.object({
    fundingByYear: z
      .object(byYear(fundingYear()))
      .default(byYear({ source: '', note: '' } as const)),
    transition: optionalText(SUSTAINABILITY_LIMITS.transition, () => errors().transitionTooLong),
    elementsToSustain: optionalText(
      SUSTAINABILITY_LIMITS.elements,
      () => errors().elementsToSustainTooLong,
    ),
    partners: optionalText(SUSTAINABILITY_LIMITS.partners, () => errors().partnersTooLong),
  }),
);

export const sustainabilitySchema = built(() =>
  sustainabilityQuestionsSchema().extend({
    ratings: ratingsSchema(() => sustainabilityContent().items),
  }),
);

export type SustainabilityQuestionName = keyof z.infer<
  ReturnType<typeof sustainabilityQuestionsSchema>
>;
export type SustainabilityAnswers = z.infer<ReturnType<typeof sustainabilitySchema>>;
