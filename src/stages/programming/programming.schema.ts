import { z } from 'zod';
import { messagesOf } from '../../i18n/i18n';
import { checkboxes, optionalText, ratingsSchema, built } from '../schema-helpers';
import { PROGRAMMING_LIMITS, STATE_GUIDES, programmingContent } from './programming.content';
import { programmingMessages } from './programming.messages';

const errors = () => messagesOf(programmingMessages).errors;

export const programmingQuestionsSchema = built(() =>
  z.object({
    models: optionalText(PROGRAMMING_LIMITS.models, () => errors().modelsTooLong),
    peers: optionalText(PROGRAMMING_LIMITS.peers, () => errors().peersTooLong),
    stateGuides: checkboxes(STATE_GUIDES),
    stateGuidesOther: optionalText(
      PROGRAMMING_LIMITS.stateGuidesOther,
      () => errors().stateGuidesOtherTooLong,
    ),
    goals: optionalText(PROGRAMMING_LIMITS.goals, () => errors().goalsTooLong),
  }),
);

export const programmingSchema = built(() =>
  programmingQuestionsSchema().extend({
    ratings: ratingsSchema(() => programmingContent().items),
  }),
);

export type ProgrammingQuestionName = keyof z.infer<ReturnType<typeof programmingQuestionsSchema>>;
export type ProgrammingAnswers = z.infer<ReturnType<typeof programmingSchema>>;
