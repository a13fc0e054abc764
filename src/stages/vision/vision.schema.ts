import { z } from 'zod';
import { messagesOf } from '../../i18n/i18n';
import { checkboxes, optionalText, ratingsSchema, built } from '../schema-helpers';
import { BENEFITS, VISION_INPUT_FROM, VISION_LIMITS, visionContent } from './vision.content';
import { visionMessages } from './vision.messages';

const errors = () => messagesOf(visionMessages).errors;

export const visionQuestionsSchema = built(() =>
  z.object({
    statement: optionalText(VISION_LIMITS.statement, () => errors().statementTooLong),
    leaderRole: optionalText(VISION_LIMITS.leaderRole, () => errors().leaderRoleTooLong),
    inputFrom: checkboxes(VISION_INPUT_FROM),
    why: optionalText(VISION_LIMITS.why, () => errors().whyTooLong),
    benefitPriorities: checkboxes(BENEFITS, 1, () => errors().benefitPrioritiesMissing),
  }),
);

export const visionSchema = built(() =>
  visionQuestionsSchema().extend({ ratings: ratingsSchema(() => visionContent().items) }),
);

export type VisionQuestionName = keyof z.infer<ReturnType<typeof visionQuestionsSchema>>;
export type VisionAnswers = z.infer<ReturnType<typeof visionSchema>>;
