import { z } from 'zod';
import { messagesOf } from '../../i18n/i18n';
import { optionalChoice, optionalText, ratingsSchema, built } from '../schema-helpers';
import { POSITION_LIMITS, SEARCH_TYPE_VALUES, positionContent } from './position.content';
import { positionMessages } from './position.messages';

const errors = () => messagesOf(positionMessages).errors;

export const positionQuestionsSchema = built(() =>
  z.object({
    competencies: optionalText(POSITION_LIMITS.competencies, () => errors().competenciesTooLong),
    responsibilities: optionalText(
      POSITION_LIMITS.responsibilities,
      () => errors().responsibilitiesTooLong,
    ),
    reportsTo: optionalText(POSITION_LIMITS.reportsTo, () => errors().reportsToTooLong),
    evaluation: optionalText(POSITION_LIMITS.evaluation, () => errors().evaluationTooLong),
    contributors: optionalText(POSITION_LIMITS.contributors, () => errors().contributorsTooLong),
    initialGoals: optionalText(POSITION_LIMITS.initialGoals, () => errors().initialGoalsTooLong),
    search: optionalChoice(SEARCH_TYPE_VALUES),
    careerLadder: optionalText(POSITION_LIMITS.careerLadder, () => errors().careerLadderTooLong),
  }),
);

export const positionSchema = built(() =>
  positionQuestionsSchema().extend({ ratings: ratingsSchema(() => positionContent().items) }),
);

export type PositionQuestionName = keyof z.infer<ReturnType<typeof positionQuestionsSchema>>;
export type PositionAnswers = z.infer<ReturnType<typeof positionSchema>>;
