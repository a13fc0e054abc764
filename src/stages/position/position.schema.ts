import { z } from 'zod';
import { optionalChoice, optionalText, ratingsSchema } from '../schema-helpers';
import { POSITION_LIMITS, positionContent } from './position.content';

export const positionQuestionsSchema = z.object({
  competencies: optionalText(POSITION_LIMITS.competencies, 'competencies'),
  responsibilities: optionalText(POSITION_LIMITS.responsibilities, 'responsibilities'),
  reportsTo: optionalText(POSITION_LIMITS.reportsTo, 'a job title'),
  evaluation: optionalText(POSITION_LIMITS.evaluation, 'an evaluation method'),
  contributors: optionalText(POSITION_LIMITS.contributors, 'stakeholders'),
  initialGoals: optionalText(POSITION_LIMITS.initialGoals, 'initial goals'),
  search: optionalChoice(['internal', 'external', 'both']),
  careerLadder: optionalText(POSITION_LIMITS.careerLadder, 'how the position fits a career ladder'),
});

export const positionSchema = positionQuestionsSchema.extend({ ratings: ratingsSchema(positionContent.items) });

export type PositionQuestionName = keyof z.infer<typeof positionQuestionsSchema>;
export type PositionAnswers = z.infer<typeof positionSchema>;
