import { z } from 'zod';
import { STEP_IDS, type StepId } from '../stages/stage-list';

export const ACTION_LIMITS = { action: 600, owner: 120, resources: 600, successMeasure: 600, jobSection: 3000 } as const;

export const STATUSES = [
  { value: 'notStarted', label: 'Not started' },
  { value: 'inProgress', label: 'In progress' },
  { value: 'done', label: 'Done' },
] as const;
export type StatusValue = (typeof STATUSES)[number]['value'];
export const STATUS_LABELS = Object.fromEntries(STATUSES.map((s) => [s.value, s.label])) as Record<StatusValue, string>;

const stepIdSchema = z.enum(STEP_IDS as [StepId, ...StepId[]]);
const statusSchema = z.enum(['notStarted', 'inProgress', 'done']);
const isoDateOrBlank = z.union([z.iso.date(), z.literal('')]);

/**
 * A row as stored. Looser than the editor: a proposal accepted with one click has no owner or
 * dates yet, and planProblems() reports that before export rather than blocking the click.
 */
export const actionRowSchema = z.object({
  id: z.string().min(1),
  gapKey: z.string().nullable(),
  action: z.string().max(ACTION_LIMITS.action),
  stepId: stepIdSchema,
  owner: z.string().max(ACTION_LIMITS.owner),
  start: isoDateOrBlank,
  due: isoDateOrBlank,
  resources: z.string().max(ACTION_LIMITS.resources),
  successMeasure: z.string().max(ACTION_LIMITS.successMeasure),
  status: statusSchema,
});
export type ActionRow = z.infer<typeof actionRowSchema>;

/** The editor: what a row must have before the team saves a change to it. */
export const actionEditorSchema = z
  .object({
    action: z
      .string()
      .trim()
      .min(1, { error: 'Enter the action to take' })
      .max(ACTION_LIMITS.action, { error: `Enter an action of at most ${ACTION_LIMITS.action} characters` }),
    stepId: z.enum(STEP_IDS as [StepId, ...StepId[]], { error: 'Select the step this action belongs to' }),
    owner: z
      .string()
      .trim()
      .min(1, { error: 'Enter an owner for this action' })
      .max(ACTION_LIMITS.owner, { error: `Enter an owner of at most ${ACTION_LIMITS.owner} characters` }),
    start: z.union([z.iso.date({ error: 'Enter a start date, for example 2027-01-15' }), z.literal('')]),
    due: z.union([z.iso.date({ error: 'Enter a due date, for example 2027-03-31' }), z.literal('')]),
    resources: z.string().trim().max(ACTION_LIMITS.resources, {
      error: `Enter resources of at most ${ACTION_LIMITS.resources} characters`,
    }),
    successMeasure: z.string().trim().max(ACTION_LIMITS.successMeasure, {
      error: `Enter a success measure of at most ${ACTION_LIMITS.successMeasure} characters`,
    }),
    status: statusSchema,
  })
  .refine((row) => !row.start || !row.due || row.due >= row.start, {
    error: 'The due date must be on or after the start date',
    path: ['due'],
    // Runs even while other fields are invalid, so the date error shows with the rest.
    when: (payload) => actionEditorDatesOnly.safeParse(payload.value).success,
  });
const actionEditorDatesOnly = z.object({ start: z.iso.date(), due: z.iso.date() });

export type ActionEditorValues = z.infer<typeof actionEditorSchema>;

export const JOB_SECTIONS = [
  { key: 'role', heading: 'The role' },
  { key: 'competencies', heading: 'Essential competencies' },
  { key: 'responsibilities', heading: 'Responsibilities' },
  { key: 'reportsTo', heading: 'Reports to' },
  { key: 'evaluation', heading: 'How the teacher leader will be evaluated' },
  { key: 'goals', heading: 'First-year goals and expectations' },
] as const;
export type JobSectionKey = (typeof JOB_SECTIONS)[number]['key'];

export const jobDescriptionSchema = z.object(
  Object.fromEntries(JOB_SECTIONS.map((s) => [s.key, z.string().max(ACTION_LIMITS.jobSection)])) as Record<
    JobSectionKey,
    z.ZodString
  >,
);
export type JobDescriptionSections = z.infer<typeof jobDescriptionSchema>;
