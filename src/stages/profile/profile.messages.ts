/** The profile's wording in English (the base language); Spanish beside it in profile.messages.es.ts. */
import { defineMessages } from '../../i18n/i18n';

export const profileMessages = defineMessages('stage-profile', {
  title: 'About your school or district',
  shortTitle: 'Profile',
  purpose: 'A few details that appear on your results and your plan.',
  questions: {
    orgName: { label: 'Name of your school or district' },
    orgType: {
      label: 'Is this plan for a school or a district?',
      options: { school: 'A school', district: 'A district' },
    },
    level: {
      label: 'Level',
      hint: 'Elementary schools see the approaches elementary programs use.',
      options: {
        elementary: 'Elementary',
        middle: 'Middle',
        high: 'High',
        k12: 'K–12',
        district: 'District-wide',
      },
    },
    respondentRole: {
      label: 'Your role',
      hint: 'For example principal, assistant superintendent, STEM coordinator.',
    },
    participantName: {
      label: 'Your name (optional)',
      hint: 'If you are taking part in a workshop: the facilitator sees this name when your saved file is opened in the room.',
    },
    participantGroup: {
      label: 'Workshop group or table (optional)',
      hint: 'For example “Table 3” or “Science team”.',
    },
    team: { label: 'Planning team members (optional)', hint: 'Names and roles, one per line.' },
    date: { label: 'Date of this assessment' },
  },
  /** Validation messages; `{max}` is the limit, filled in by the schema. */
  errors: {
    orgNameMissing: 'Enter the name of your school or district',
    orgNameTooLong: 'Enter the name of your school or district of at most {max} characters',
    orgTypeMissing: 'Select whether this plan is for a school or a district',
    levelMissing: 'Select the level of your school or district',
    respondentRoleMissing: 'Enter your role',
    respondentRoleTooLong: 'Enter your role of at most {max} characters',
    participantNameTooLong: 'Enter your name of at most {max} characters',
    participantGroupTooLong: 'Enter a group or table of at most {max} characters',
    teamTooLong: 'Enter team members of at most {max} characters',
    dateInvalid: 'Enter the date of this assessment, for example 2026-11-23',
  },
});
