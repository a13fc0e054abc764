import type { Question } from '../../content/types';
import type { ProfileQuestionName } from './profile.schema';

export const PROFILE_LIMITS = { orgName: 120, respondentRole: 120, team: 1000 } as const;

export const SCHOOL_LEVELS = [
  { value: 'elementary', label: 'Elementary' },
  { value: 'middle', label: 'Middle' },
  { value: 'high', label: 'High' },
  { value: 'k12', label: 'K–12' },
  { value: 'district', label: 'District-wide' },
] as const;
export type SchoolLevel = (typeof SCHOOL_LEVELS)[number]['value'];

export const ORG_TYPES = [
  { value: 'school', label: 'A school' },
  { value: 'district', label: 'A district' },
] as const;

export const profileContent = {
  title: 'About your school or district',
  shortTitle: 'Profile',
  purpose: 'A few details that appear on your results and your plan.',
  questions: [
    {
      name: 'orgName',
      kind: 'text',
      label: 'Name of your school or district',
      maxLength: PROFILE_LIMITS.orgName,
      source: 'steps',
    },
    { name: 'orgType', kind: 'radio', label: 'Is this plan for a school or a district?', options: ORG_TYPES, source: 'steps' },
    {
      name: 'level',
      kind: 'radio',
      label: 'Level',
      hint: 'Elementary schools see the approaches elementary programs use.',
      options: SCHOOL_LEVELS,
      source: 'elementary',
    },
    {
      name: 'respondentRole',
      kind: 'text',
      label: 'Your role',
      hint: 'For example principal, assistant superintendent, STEM coordinator.',
      maxLength: PROFILE_LIMITS.respondentRole,
      source: 'steps',
    },
    {
      name: 'team',
      kind: 'longText',
      label: 'Planning team members (optional)',
      hint: 'Names and roles, one per line.',
      maxLength: PROFILE_LIMITS.team,
      source: 'steps',
    },
    { name: 'date', kind: 'date', label: 'Date of this assessment', source: 'steps' },
  ],
} as const satisfies { title: string; shortTitle: string; purpose: string; questions: readonly Question<ProfileQuestionName>[] };
