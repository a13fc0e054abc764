/**
 * The profile's content as data: question names, kinds, option values, limits and source pages; the wording
 * comes from profile.messages.ts in the active language. The schema derives its option values from this file.
 */
import type { Question } from '../../content/types';
import { messagesOf, perLocale } from '../../i18n/i18n';
import { choiceOptions } from '../choice-options';
import type { ProfileQuestionName } from './profile.schema';
import { profileMessages } from './profile.messages';

export const PROFILE_LIMITS = { orgName: 120, respondentRole: 120, team: 1000, participantName: 120, participantGroup: 60 } as const;

export const SCHOOL_LEVELS = ['elementary', 'middle', 'high', 'k12', 'district'] as const;
export type SchoolLevel = (typeof SCHOOL_LEVELS)[number];

export const ORG_TYPES = ['school', 'district'] as const;

const profileOptions = perLocale(() => {
  const q = messagesOf(profileMessages).questions;
  return {
    orgType: choiceOptions(ORG_TYPES, q.orgType.options),
    level: choiceOptions(SCHOOL_LEVELS, q.level.options),
  };
});

/** "A school" / "A district", worded in the active language (the plan shows the chosen one). */
export const orgTypeOptions = () => profileOptions().orgType;
/** The school levels, worded in the active language. */
export const schoolLevelOptions = () => profileOptions().level;

export const profileContent = perLocale(() => {
  const t = messagesOf(profileMessages);
  const q = t.questions;
  return {
    title: t.title,
    shortTitle: t.shortTitle,
    purpose: t.purpose,
    questions: [
      {
        name: 'orgName',
        kind: 'text',
        label: q.orgName.label,
        maxLength: PROFILE_LIMITS.orgName,
        source: 'steps',
      },
      { name: 'orgType', kind: 'radio', label: q.orgType.label, options: orgTypeOptions(), source: 'steps' },
      {
        name: 'level',
        kind: 'radio',
        label: q.level.label,
        hint: q.level.hint,
        options: schoolLevelOptions(),
        source: 'elementary',
      },
      {
        name: 'respondentRole',
        kind: 'text',
        label: q.respondentRole.label,
        hint: q.respondentRole.hint,
        maxLength: PROFILE_LIMITS.respondentRole,
        source: 'steps',
      },
      {
        name: 'participantName',
        kind: 'text',
        label: q.participantName.label,
        hint: q.participantName.hint,
        maxLength: PROFILE_LIMITS.participantName,
        source: 'steps',
      },
      {
        name: 'participantGroup',
        kind: 'text',
        label: q.participantGroup.label,
        hint: q.participantGroup.hint,
        maxLength: PROFILE_LIMITS.participantGroup,
        source: 'steps',
      },
      {
        name: 'team',
        kind: 'longText',
        label: q.team.label,
        hint: q.team.hint,
        maxLength: PROFILE_LIMITS.team,
        source: 'steps',
      },
      { name: 'date', kind: 'date', label: q.date.label, source: 'steps' },
    ],
  } as const satisfies {
    title: string;
    shortTitle: string;
    purpose: string;
    questions: readonly Question<ProfileQuestionName>[];
  };
});
