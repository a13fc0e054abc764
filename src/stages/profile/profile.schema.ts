import { z } from 'zod';
import { formatNumber } from '../../i18n/format';
import { fill, messagesOf } from '../../i18n/i18n';
import { optionalText, requiredChoice, requiredText, built } from '../schema-helpers';
import { ORG_TYPES, PROFILE_LIMITS, SCHOOL_LEVELS } from './profile.content';
import { profileMessages } from './profile.messages';

const errors = () => messagesOf(profileMessages).errors;

/** Optional text that stays absent when it was never asked (no '' added to older profiles). */
const optionalTextOrAbsent = (max: number, tooLong: () => string) =>
  z
    .string()
    .trim()
    .max(max, { error: () => fill(tooLong(), { max: formatNumber(max) }) })
    .optional();

export const profileSchema = built(() =>
  z.object({
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
    participantName: optionalTextOrAbsent(
      PROFILE_LIMITS.participantName,
      () => errors().participantNameTooLong,
    ),
    participantGroup: optionalTextOrAbsent(
      PROFILE_LIMITS.participantGroup,
      () => errors().participantGroupTooLong,
    ),
    team: optionalText(PROFILE_LIMITS.team, () => errors().teamTooLong),
    date: z.iso.date({ error: () => errors().dateInvalid }),
  }),
);

export type ProfileQuestionName = keyof z.infer<ReturnType<typeof profileSchema>>;
export type ProfileAnswers = z.infer<ReturnType<typeof profileSchema>>;
