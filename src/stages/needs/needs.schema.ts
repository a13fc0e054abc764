import { z } from 'zod';
import { checkboxes, optionalText, ratingsSchema } from '../schema-helpers';
import { NEEDS_LIMITS, needsContent } from './needs.content';

export const needsQuestionsSchema = z.object({
  methods: checkboxes(['instructional', 'fiscal', 'facility', 'expertise', 'stakeholderSurvey']),
  currentState: optionalText(NEEDS_LIMITS.summary, 'a summary of the current state'),
  assets: optionalText(NEEDS_LIMITS.assets, 'assets'),
  barriers: optionalText(NEEDS_LIMITS.barriers, 'barriers'),
  existingRoles: optionalText(NEEDS_LIMITS.existingRoles, 'existing roles'),
});

export const needsSchema = needsQuestionsSchema.extend({ ratings: ratingsSchema(needsContent.items) });

export type NeedsQuestionName = keyof z.infer<typeof needsQuestionsSchema>;
export type NeedsAnswers = z.infer<typeof needsSchema>;
