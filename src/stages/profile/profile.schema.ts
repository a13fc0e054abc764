import { z } from 'zod';
import { optionalText, requiredChoice, requiredText } from '../schema-helpers';
import { PROFILE_LIMITS } from './profile.content';

export const profileSchema = z.object({
  orgName: requiredText(PROFILE_LIMITS.orgName, 'the name of your school or district'),
  orgType: requiredChoice(['school', 'district'], 'Select whether this plan is for a school or a district'),
  level: requiredChoice(
    ['elementary', 'middle', 'high', 'k12', 'district'],
    'Select the level of your school or district',
  ),
  respondentRole: requiredText(PROFILE_LIMITS.respondentRole, 'your role'),
  team: optionalText(PROFILE_LIMITS.team, 'team members'),
  date: z.iso.date({ error: 'Enter the date of this assessment, for example 2026-11-23' }),
});

export type ProfileQuestionName = keyof z.infer<typeof profileSchema>;
export type ProfileAnswers = z.infer<typeof profileSchema>;
