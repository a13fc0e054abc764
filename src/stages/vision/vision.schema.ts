import { z } from 'zod';
import { checkboxes, optionalText, ratingsSchema } from '../schema-helpers';
import { BENEFITS, VISION_LIMITS, visionContent } from './vision.content';

const benefitValues = BENEFITS.map((b) => b.value) as [
  (typeof BENEFITS)[number]['value'],
  ...(typeof BENEFITS)[number]['value'][],
];

export const visionQuestionsSchema = z.object({
  statement: optionalText(VISION_LIMITS.statement, 'a vision statement'),
  leaderRole: optionalText(VISION_LIMITS.leaderRole, 'the teacher leader’s part'),
  inputFrom: checkboxes(['faculty', 'students', 'parents', 'communityPartners', 'administration']),
  why: optionalText(VISION_LIMITS.why, 'the “why”'),
  benefitPriorities: checkboxes(
    benefitValues,
    1,
    'Select at least one benefit that matters most to your school or district',
  ),
});

export const visionSchema = visionQuestionsSchema.extend({ ratings: ratingsSchema(visionContent.items) });

export type VisionQuestionName = keyof z.infer<typeof visionQuestionsSchema>;
export type VisionAnswers = z.infer<typeof visionSchema>;
