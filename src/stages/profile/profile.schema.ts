import { z } from 'zod';
import { messagesOf } from '../../i18n/i18n';
import { optionalText, requiredChoice, requiredText } from '../schema-helpers';
import { ORG_TYPES, PROFILE_LIMITS, SCHOOL_LEVELS } from './profile.content';
import { profileMessages } from './profile.messages';

const errors = () => messagesOf(profileMessages).errors;

export const profileSchema = z.object({
  orgName: requiredText(
    PROFILE_LIMITS.orgName,
    () => errors().orgNameMissing,
    () => errors().orgNameTooLong,
  ),
  orgType: requiredChoice(ORG_TYPES, () => errors().orgTypeMissing),
  level: requiredChoice(SCHOOL_LEVELS, () => errors().levelMissing),
  respondentRole: requiredText(
    PROFILE_LIMITS.respondentRole,
    () => errors().respondentRoleMissing,
    () => errors().respondentRoleTooLong,
  ),
  // Who is answering, for a workshop room: optional, since a team planning alone needs neither; absent in
  // profiles saved before they were asked, so they stay optional in the type too.
  participantName: optionalText(PROFILE_LIMITS.participantName, () => errors().participantNameTooLong).optional(),
  participantGroup: optionalText(PROFILE_LIMITS.participantGroup, () => errors().participantGroupTooLong).optional(),
  team: optionalText(PROFILE_LIMITS.team, () => errors().teamTooLong),
  date: z.iso.date({ error: () => errors().dateInvalid }),
});

export type ProfileQuestionName = keyof z.infer<typeof profileSchema>;
export type ProfileAnswers = z.infer<typeof profileSchema>;
