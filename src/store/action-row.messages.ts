/** Wording of the plan's rows and job description (action-row.schema.ts), in English; Spanish beside it. */
import { defineMessages } from '../i18n/i18n';

export const actionRowMessages = defineMessages('plan-actions', {
  statuses: { notStarted: 'Not started', inProgress: 'In progress', done: 'Done' },
  jobSections: {
    role: 'The role',
    competencies: 'Essential competencies',
    responsibilities: 'Responsibilities',
    reportsTo: 'Reports to',
    evaluation: 'How the teacher leader will be evaluated',
    goals: 'First-year goals and expectations',
  },
  /** The row editor's validation messages; `{max}` is the limit, filled in by the schema. */
  errors: {
    actionMissing: 'Enter the action to take',
    actionTooLong: 'Enter an action of at most {max} characters',
    stepMissing: 'Select the step this action belongs to',
    ownerMissing: 'Enter an owner for this action',
    ownerTooLong: 'Enter an owner of at most {max} characters',
    startInvalid: 'Enter a start date, for example 2027-01-15',
    dueInvalid: 'Enter a due date, for example 2027-03-31',
    resourcesTooLong: 'Enter resources of at most {max} characters',
    successMeasureTooLong: 'Enter a success measure of at most {max} characters',
    dueBeforeStart: 'The due date must be on or after the start date',
  },
});
