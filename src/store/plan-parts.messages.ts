/** Wording of the plan's new parts' values and field checks (plan-parts.schema.ts), in English; Spanish beside it. */
import { defineMessages } from '../i18n/i18n';

/** `{max}` is the limit, filled in by the schema in the language on screen. */
export const planPartsErrorMessages = defineMessages('plan-parts-errors', {
  tooLong:
    'Keep this to {max} characters or fewer. What you typed is kept here until you shorten it.',
  controlCharacters: 'Remove the invisible control characters (often pasted from another program).',
  date: 'Enter a date, for example 2027-03-31',
  negative: 'Enter zero or more; costs cannot be negative.',
  amount: 'Enter an amount in dollars, for example 12500 or 12,500.50',
  amountTooLarge: 'Enter an amount of at most {max} dollars.',
  wholeNumber: 'Enter a whole number, for example 12',
  percentTooLarge: 'Enter a share from 0 to {max} percent.',
  countTooLarge: 'Enter a number of at most {max}.',
});

/** Names of the stored values, on screen and in print. */
export const planPartsValueMessages = defineMessages('plan-parts-values', {
  categories: {
    salaryOrStipend: 'Salary or stipend',
    releaseTime: 'Release time',
    professionalDevelopment: 'Professional development',
    materials: 'Materials',
    partnerships: 'Partnerships',
    other: 'Other',
  },
  sources: {
    grant: 'Grant',
    recurringDistrict: 'Recurring district funds',
    partner: 'Partner',
    other: 'Other',
  },
  recurrences: { oneOff: 'One-off', recurring: 'Recurring' },
  milestones: {
    visionAgreed: 'Vision agreed',
    casePresented: 'Case for implementation presented',
    jobDescriptionApproved: 'Job description approved',
    postAdvertised: 'Position advertised',
    leaderAppointed: 'Teacher leader appointed',
    launch: 'Program launch',
    firstReview: 'First program review',
    sustainabilityDecision: 'Decision on what to sustain and how to fund it',
  },
  audiences: {
    staff: 'Staff',
    families: 'Families',
    board: 'School board',
    partners: 'Partners',
    students: 'Students',
    other: 'Other',
  },
  payTypes: {
    stipend: 'Stipend',
    salarySchedule: 'Salary schedule',
    other: 'Other',
    undecided: 'Not decided yet',
  },
  otherBenefit: 'Other benefit',
  notChosen: 'Not chosen',
});
