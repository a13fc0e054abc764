import { z } from 'zod';
import { messagesOf } from '../../i18n/i18n';
import { checkboxes, optionalChoice, optionalText, ratingsSchema, built } from '../schema-helpers';
import {
  CAREER_STAGES,
  DESIGN_LIMITS,
  ELEMENTARY_APPROACHES,
  FORMALITY,
  INTEGRATED_STEM,
  PURPOSES,
  ROLE_TYPES,
  SPHERES,
  STAKEHOLDERS,
  designContent,
} from './design.content';
import { designMessages } from './design.messages';

const errors = () => messagesOf(designMessages).errors;

export const designQuestionsSchema = built(() =>
  z.object({
    localResources: optionalText(
      DESIGN_LIMITS.localResources,
      () => errors().localResourcesTooLong,
    ),
    stakeholders: checkboxes(STAKEHOLDERS),
    caseForImplementation: optionalText(
      DESIGN_LIMITS.caseForImplementation,
      () => errors().caseForImplementationTooLong,
    ),
    scheduling: optionalText(DESIGN_LIMITS.scheduling, () => errors().schedulingTooLong),
    roleType: optionalChoice(ROLE_TYPES),
    formality: optionalChoice(FORMALITY),
    careerStages: checkboxes(CAREER_STAGES),
    spheres: checkboxes(SPHERES),
    purposes: checkboxes(PURPOSES),
    integratedStem: optionalChoice(INTEGRATED_STEM),
    elementaryApproaches: checkboxes(ELEMENTARY_APPROACHES),
  }),
);

export const designSchema = built(() =>
  designQuestionsSchema().extend({ ratings: ratingsSchema(() => designContent().items) }),
);

export type DesignQuestionName = keyof z.infer<ReturnType<typeof designQuestionsSchema>>;
export type DesignAnswers = z.infer<ReturnType<typeof designSchema>>;
