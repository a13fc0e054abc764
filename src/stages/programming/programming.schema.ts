import { z } from 'zod';
import { checkboxes, optionalText, ratingsSchema } from '../schema-helpers';
import { PROGRAMMING_LIMITS, programmingContent } from './programming.content';

export const programmingQuestionsSchema = z.object({
  models: optionalText(PROGRAMMING_LIMITS.models, 'the models you explored'),
  peers: optionalText(PROGRAMMING_LIMITS.peers, 'the schools or districts you talked with'),
  stateGuides: checkboxes([
    'tStemBlueprint',
    'southCarolinaContinuum',
    'northCarolinaRubrics',
    'northCarolinaDistinction',
  ]),
  goals: optionalText(PROGRAMMING_LIMITS.goals, 'goals'),
});

export const programmingSchema = programmingQuestionsSchema.extend({
  ratings: ratingsSchema(programmingContent.items),
});

export type ProgrammingQuestionName = keyof z.infer<typeof programmingQuestionsSchema>;
export type ProgrammingAnswers = z.infer<typeof programmingSchema>;
