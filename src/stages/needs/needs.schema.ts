import { z } from 'zod';
import { messagesOf } from '../../i18n/i18n';
import { checkboxes, optionalText, ratingsSchema, built } from '../schema-helpers';
import { NEEDS_LIMITS, NEEDS_METHODS, needsContent } from './needs.content';
import { needsMessages } from './needs.messages';

const errors = () => messagesOf(needsMessages).errors;

export const needsQuestionsSchema = built(() =>
  z.object({
    methods: checkboxes(NEEDS_METHODS),
    currentState: optionalText(NEEDS_LIMITS.summary, () => errors().currentStateTooLong),
    assets: optionalText(NEEDS_LIMITS.assets, () => errors().assetsTooLong),
    barriers: optionalText(NEEDS_LIMITS.barriers, () => errors().barriersTooLong),
    existingRoles: optionalText(NEEDS_LIMITS.existingRoles, () => errors().existingRolesTooLong),
  }),
);

export const needsSchema = built(() =>
  needsQuestionsSchema().extend({ ratings: ratingsSchema(() => needsContent().items) }),
);

export type NeedsQuestionName = keyof z.infer<ReturnType<typeof needsQuestionsSchema>>;
export type NeedsAnswers = z.infer<ReturnType<typeof needsSchema>>;
