import { z } from 'zod';
import { formatNumber } from '../i18n/format';
import { fill, messagesOf } from '../i18n/i18n';
import { STEP_IDS, type StepId } from '../stages/stage-order';
import { actionRowMessages } from './action-row.messages';

export const ACTION_LIMITS = { action: 600, owner: 120, resources: 600, successMeasure: 600, jobSection: 3000 } as const;

/** A row's status as stored; its name on screen and in print comes from statusLabel(). */
export const STATUS_VALUES = ['notStarted', 'inProgress', 'done'] as const;
export type StatusValue = (typeof STATUS_VALUES)[number];

/** "In progress", in the active language. */
export function statusLabel(status: StatusValue): string {
  return messagesOf(actionRowMessages).statuses[status];
}

const errors = () => messagesOf(actionRowMessages).errors;
/** A validation message read when a row is checked, so it is in the language on screen; `{max}` filled in. */
const tooLong = (message: () => string, max: number) => () => fill(message(), { max: formatNumber(max) });

const stepIdSchema = z.enum(STEP_IDS as [StepId, ...StepId[]]);
const statusSchema = z.enum(STATUS_VALUES);
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
      .min(1, { error: () => errors().actionMissing })
      .max(ACTION_LIMITS.action, { error: tooLong(() => errors().actionTooLong, ACTION_LIMITS.action) }),
    stepId: z.enum(STEP_IDS as [StepId, ...StepId[]], { error: () => errors().stepMissing }),
    owner: z
      .string()
      .trim()
      .min(1, { error: () => errors().ownerMissing })
      .max(ACTION_LIMITS.owner, { error: tooLong(() => errors().ownerTooLong, ACTION_LIMITS.owner) }),
    start: z.union([z.iso.date({ error: () => errors().startInvalid }), z.literal('')]),
    due: z.union([z.iso.date({ error: () => errors().dueInvalid }), z.literal('')]),
    resources: z.string().trim().max(ACTION_LIMITS.resources, {
      error: tooLong(() => errors().resourcesTooLong, ACTION_LIMITS.resources),
    }),
    successMeasure: z.string().trim().max(ACTION_LIMITS.successMeasure, {
      error: tooLong(() => errors().successMeasureTooLong, ACTION_LIMITS.successMeasure),
    }),
    status: statusSchema,
  })
  .refine((row) => !row.start || !row.due || row.due >= row.start, {
    error: () => errors().dueBeforeStart,
    path: ['due'],
    // Runs even while other fields are invalid, so the date error shows with the rest.
    when: (payload) => actionEditorDatesOnly.safeParse(payload.value).success,
  });
const actionEditorDatesOnly = z.object({ start: z.iso.date(), due: z.iso.date() });

export type ActionEditorValues = z.infer<typeof actionEditorSchema>;

/** The job description's sections, in order; their headings come from jobSectionHeading(). */
export const JOB_SECTION_KEYS = ['role', 'competencies', 'responsibilities', 'reportsTo', 'evaluation', 'goals'] as const;
export type JobSectionKey = (typeof JOB_SECTION_KEYS)[number];

/** "Reports to", in the active language. */
export function jobSectionHeading(key: JobSectionKey): string {
  return messagesOf(actionRowMessages).jobSections[key];
}

export const jobDescriptionSchema = z.object(
  Object.fromEntries(JOB_SECTION_KEYS.map((key) => [key, z.string().max(ACTION_LIMITS.jobSection)])) as Record<
    JobSectionKey,
    z.ZodString
  >,
);
export type JobDescriptionSections = z.infer<typeof jobDescriptionSchema>;
