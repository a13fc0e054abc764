/**
 * The parts of the plan a board asks about first (issue 12 §2): budget, milestones, evaluation,
 * communication and role design. The stored shapes (checked when saved state or a plan file is read) and
 * the field checks the screens run as people type, with limits named here and messages from the catalogs.
 * Everything is optional: saves and files from before these parts arrived open unchanged.
 */
import { z } from 'zod';
import { formatNumber } from '../i18n/format';
import { fill, messagesOf } from '../i18n/i18n';
import { planPartsErrorMessages } from './plan-parts.messages';

export const PLAN_PART_LIMITS = {
  rows: 60,
  item: 200,
  owner: 120,
  shortText: 300,
  longText: 2000,
  label: 200,
  /** A sane ceiling for one cost line in one year, in dollars: far above any teacher leader program. */
  amount: 100_000_000,
  teachers: 100_000,
  schools: 10_000,
  percent: 100,
  /** Text kept as typed while it is not valid yet; a paste far over any field's limit is still kept. */
  draftText: 100_000,
} as const;

export const BUDGET_CATEGORIES = [
  'salaryOrStipend',
  'releaseTime',
  'professionalDevelopment',
  'materials',
  'partnerships',
  'other',
] as const;
export const BUDGET_SOURCES = ['grant', 'recurringDistrict', 'partner', 'other'] as const;
export const RECURRENCES = ['oneOff', 'recurring'] as const;
export const MILESTONE_KEYS = [
  'visionAgreed',
  'casePresented',
  'jobDescriptionApproved',
  'postAdvertised',
  'leaderAppointed',
  'launch',
  'firstReview',
  'sustainabilityDecision',
] as const;
export const AUDIENCES = ['staff', 'families', 'board', 'partners', 'students', 'other'] as const;
export const PAY_TYPES = ['stipend', 'salarySchedule', 'other', 'undecided'] as const;
/** Step 2's benefits (vision.content.ts BENEFITS), repeated so the store does not depend on a stage. */
export const EVALUATION_BENEFITS = [
  'studentEngagement',
  'teachingPractice',
  'teacherVoice',
  'sustainCapacity',
  'other',
] as const;

export type BudgetCategory = (typeof BUDGET_CATEGORIES)[number];
export type BudgetSource = (typeof BUDGET_SOURCES)[number];
export type MilestoneKey = (typeof MILESTONE_KEYS)[number];
export type Audience = (typeof AUDIENCES)[number];
export type PayType = (typeof PAY_TYPES)[number];

const errors = () => messagesOf(planPartsErrorMessages);
const withMax = (message: () => string, max: number) => () =>
  fill(message(), { max: formatNumber(max) });

/** A choice that may not be made yet (''). */
const choice = <const V extends readonly [string, ...string[]]>(values: V) =>
  z.union([z.enum(values), z.literal('')]);
const isoDateOrBlank = z.union([z.iso.date(), z.literal('')]);
const amount = z.number().min(0).max(PLAN_PART_LIMITS.amount).nullable();
const id = z.string().min(1).max(100);

export const budgetLineSchema = z.object({
  id,
  item: z.string().max(PLAN_PART_LIMITS.item),
  category: choice(BUDGET_CATEGORIES),
  amounts: z.tuple([amount, amount, amount]),
  source: choice(BUDGET_SOURCES),
  recurrence: choice(RECURRENCES),
  /** The line pays (part of) the teacher leader position: the recurring share is worked out from these. */
  leaderPosition: z.boolean(),
});
export type BudgetLine = z.infer<typeof budgetLineSchema>;

export const milestoneSchema = z.object({
  id,
  /** One of the launch milestones, or null for one the team added (then `label` names it). */
  key: z.enum(MILESTONE_KEYS).nullable(),
  label: z.string().max(PLAN_PART_LIMITS.label),
  date: isoDateOrBlank,
  owner: z.string().max(PLAN_PART_LIMITS.owner),
  done: z.boolean(),
});
export type Milestone = z.infer<typeof milestoneSchema>;

export const evaluationRowSchema = z.object({
  id,
  benefit: choice(EVALUATION_BENEFITS),
  indicator: z.string().max(PLAN_PART_LIMITS.shortText),
  dataSource: z.string().max(PLAN_PART_LIMITS.shortText),
  baseline: z.string().max(PLAN_PART_LIMITS.shortText),
  target: z.string().max(PLAN_PART_LIMITS.shortText),
  reviewDate: isoDateOrBlank,
});
export type EvaluationRow = z.infer<typeof evaluationRowSchema>;

export const communicationRowSchema = z.object({
  id,
  audience: choice(AUDIENCES),
  message: z.string().max(PLAN_PART_LIMITS.longText),
  channel: z.string().max(PLAN_PART_LIMITS.shortText),
  owner: z.string().max(PLAN_PART_LIMITS.owner),
  when: isoDateOrBlank,
});
export type CommunicationRow = z.infer<typeof communicationRowSchema>;

export const roleDesignSchema = z.object({
  /** Share of the leader's working time protected for the leadership role, 0–100; null when not decided. */
  protectedPercent: z.number().int().min(0).max(PLAN_PART_LIMITS.percent).nullable(),
  coverage: z.string().max(PLAN_PART_LIMITS.longText),
  teachersServed: z.number().int().min(0).max(PLAN_PART_LIMITS.teachers).nullable(),
  schoolsServed: z.number().int().min(0).max(PLAN_PART_LIMITS.schools).nullable(),
  selectionCriteria: z.string().max(PLAN_PART_LIMITS.longText),
  payType: choice(PAY_TYPES),
});
export type RoleDesign = z.infer<typeof roleDesignSchema>;

/** Rows as stored; a damaged row is dropped, not the part. Absent (undefined) until the team first edits it. */
const rowsOf = <T>(row: z.ZodType<T>) =>
  z
    .array(z.unknown())
    .optional()
    .catch(undefined)
    .transform((rows) =>
      rows === undefined
        ? undefined
        : rows.flatMap((r) => {
            const parsed = row.safeParse(r);
            return parsed.success ? [parsed.data] : [];
          }),
    );

/** The new parts inside the persisted plan: each falls back on its own (planSchema in persisted-state.ts). */
export const planPartsPersistedShape = {
  budget: rowsOf(budgetLineSchema),
  milestones: rowsOf(milestoneSchema),
  evaluation: rowsOf(evaluationRowSchema),
  communication: rowsOf(communicationRowSchema),
  roleDesign: roleDesignSchema.optional().catch(undefined),
  /** Text typed into a field that is not valid yet, by field path, so nothing typed is lost. */
  partDrafts: z
    .record(z.string().max(300), z.string().max(PLAN_PART_LIMITS.draftText))
    .optional()
    .catch(undefined),
};

// What people type, checked as they type. Each turns the text into the stored value or says what to fix.

/** Control characters other than tab and new line come from pasting out of other programs; they print as boxes. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export const textInput = (max: number) =>
  z
    .string()
    .max(max, { error: withMax(() => errors().tooLong, max) })
    .refine((s) => !CONTROL_CHARACTERS.test(s), { error: () => errors().controlCharacters });

export const dateInput = z.union([z.literal(''), z.iso.date({ error: () => errors().date })]);

/** "12500", "12,500", "$12,500.50" (en-US and es-US group with commas): dollars, or null when blank. */
export const amountInput = z
  .string()
  .trim()
  .transform((s) => s.replace(/^(US)?\$\s*/i, '').replace(/,(?=\d{3}(\D|$))/g, ''))
  .refine((s) => !s.startsWith('-'), { error: () => errors().negative, abort: true })
  .refine((s) => s === '' || /^\d+(\.\d{1,2})?$/.test(s), {
    error: () => errors().amount,
    abort: true,
  })
  .transform((s) => (s === '' ? null : Number(s)))
  .refine((n) => n === null || n <= PLAN_PART_LIMITS.amount, {
    error: withMax(() => errors().amountTooLarge, PLAN_PART_LIMITS.amount),
  });

/** A whole number from 0 to `max`, or null when blank. */
export const countInput = (max: number, tooLarge: () => string) =>
  z
    .string()
    .trim()
    .refine((s) => !s.startsWith('-'), { error: () => errors().negative, abort: true })
    .refine((s) => s === '' || /^\d+$/.test(s), { error: () => errors().wholeNumber, abort: true })
    .transform((s) => (s === '' ? null : Number(s)))
    .refine((n) => n === null || n <= max, { error: withMax(tooLarge, max) });

export const percentInput = countInput(PLAN_PART_LIMITS.percent, () => errors().percentTooLarge);
export const teachersInput = countInput(PLAN_PART_LIMITS.teachers, () => errors().countTooLarge);
export const schoolsInput = countInput(PLAN_PART_LIMITS.schools, () => errors().countTooLarge);
