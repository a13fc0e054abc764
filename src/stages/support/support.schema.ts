import { z } from 'zod';
import { optionalChoice, optionalText, ratingsSchema } from '../schema-helpers';
import { SUPPORT_AREAS, SUPPORT_LIMITS, supportContent } from './support.content';

const areaPlan = z
  .object({
    priority: optionalChoice(['high', 'medium', 'low']),
    plannedSupport: optionalText(SUPPORT_LIMITS.plannedSupport, 'the planned support'),
    timeline: optionalText(SUPPORT_LIMITS.timeline, 'a timeline'),
  })
  .default({ priority: '', plannedSupport: '', timeline: '' });

const emptyPlan = Object.fromEntries(
  SUPPORT_AREAS.map((a) => [a.value, { priority: '', plannedSupport: '', timeline: '' }]),
) as Record<(typeof SUPPORT_AREAS)[number]['value'], { priority: ''; plannedSupport: ''; timeline: '' }>;

export const supportQuestionsSchema = z.object({
  pdPlan: z
    .object({
      leadership: areaPlan,
      adultLearners: areaPlan,
      innovativeInstruction: areaPlan,
      communityIndustry: areaPlan,
      advocacy: areaPlan,
      resourceDevelopment: areaPlan,
    })
    .default(emptyPlan),
  otherSupports: optionalText(SUPPORT_LIMITS.otherSupports, 'other supports'),
});

export const supportSchema = supportQuestionsSchema.extend({ ratings: ratingsSchema(supportContent.items) });

export type SupportQuestionName = keyof z.infer<typeof supportQuestionsSchema>;
export type SupportAnswers = z.infer<typeof supportSchema>;
