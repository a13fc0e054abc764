import { z } from 'zod';
import { profileSchema } from '../stages/profile/profile.schema';
import { savedRatingsSchema } from '../stages/schema-helpers';
import { STAGE_IDS, STEP_IDS, STEPS, stepContent, type StageId, type StepId } from '../stages/stage-list';
import type { SavedSteps } from './answers-slice';
import type { DraftsData } from './drafts-slice';
import { actionRowSchema, jobDescriptionSchema } from './action-row.schema';
import { planPartsPersistedShape } from './plan-parts.schema';
import { emptyPlan } from './plan-slice';
import { DECISION_VALUES } from '../scoring/decision';
import { RATINGS, type Rating } from '../content/levels';
import { ROOM_LIMITS, emptyRoom, type Participant, type ParticipantRatings } from './room-slice';
import { PERSIST_VERSION, type PersistedState } from './persist-keys';
import { makeSnapshotSchemas } from './snapshot-schema';

export { PERSIST_VERSION, STORAGE_KEY, type PersistedState } from './persist-keys';

/** Each entry upgrades state saved at version `n` to version `n + 1`. */
export type Migrations = Record<number, (state: Record<string, unknown>) => Record<string, unknown>>;
export const MIGRATIONS: Migrations = {
  // v1 -> v2: the draft implementation plan arrived. v1 had no plan, and could hold answers with no
  // mode (saved before the start page asked); those were full-plan answers, the only kind v1 offered.
  1: (state) => {
    const steps = state.steps;
    const hasAnswers =
      (typeof state.profile === 'object' && state.profile !== null) ||
      (typeof steps === 'object' && steps !== null && Object.keys(steps).length > 0);
    return {
      ...state,
      mode: state.mode === null || state.mode === undefined ? (hasAnswers ? 'full' : null) : state.mode,
      plan: emptyPlan(),
    };
  },
  // v2 -> v3: the facilitator room arrived (participants' ratings and the room's consensus); it starts empty.
  2: (state) => ({ ...state, room: emptyRoom() }),
  // v3 -> v4: saved files say who saved them (a random participant id, made on the first save; none yet),
  // and the room has a name of its own. The profile's new name and group fields are optional.
  3: (state) => ({
    ...state,
    participantId: null,
    room: isPlainObject(state.room) ? { name: '', ...state.room } : emptyRoom(),
  }),
  // v4 -> v5: finished assessments are kept as snapshots, and a reassessment names its baseline (issue 14).
  4: (state) => ({ ...state, snapshots: [], baseline: null }),
};

const stageIdSchema = z.enum(STAGE_IDS as [StageId, ...StageId[]]);
const stepIdSchema = z.enum(STEP_IDS as [StepId, ...StepId[]]);

const viewSchema = z.discriminatedUnion('name', [
  z.object({ name: z.literal('start') }),
  z.object({ name: z.literal('stage'), stage: stageIdSchema, returnToReview: z.boolean().optional() }),
  z.object({ name: z.literal('review') }),
  z.object({ name: z.literal('results') }),
  z.object({ name: z.literal('plan') }),
  z.object({ name: z.literal('presentation'), step: stepIdSchema, returnTo: stageIdSchema.optional() }),
  z.object({ name: z.literal('worksheets') }),
  z.object({ name: z.literal('room') }),
  z.object({ name: z.literal('room-present'), step: stepIdSchema }),
  z.object({ name: z.literal('privacy') }),
  z.object({ name: z.literal('progress') }),
  z.object({ name: z.literal('snapshot'), id: z.string().min(1).max(100) }),
]);

const ratingValues: readonly string[] = RATINGS;

function isKnownItem(stepId: string, itemId: string): boolean {
  // hasOwn, not `in`: a damaged save can name "toString" or "__proto__" as a step.
  return Object.hasOwn(STEPS, stepId) && stepContent(stepId as StepId).items.some((item) => item.id === itemId);
}

/** Keeps only ratings of real items with a real value; anything else in the map is dropped. */
function cleanRatings(value: unknown): ParticipantRatings {
  if (!isPlainObject(value)) return {};
  const out: ParticipantRatings = {};
  for (const [stepId, items] of Object.entries(value)) {
    if (!isPlainObject(items)) continue;
    const kept: Partial<Record<string, Rating>> = {};
    for (const [itemId, rating] of Object.entries(items)) {
      if (typeof rating === 'string' && ratingValues.includes(rating) && isKnownItem(stepId, itemId)) kept[itemId] = rating as Rating;
    }
    if (Object.keys(kept).length > 0) out[stepId as StepId] = kept;
  }
  return out;
}

const ratingsMapSchema = z.unknown().transform(cleanRatings);

const idSchema = z.string().trim().min(1).max(ROOM_LIMITS.id);

const participantSchema = z.object({
  id: idSchema,
  participantId: idSchema.optional(),
  name: z.string().trim().min(1).max(ROOM_LIMITS.name),
  organisation: z.string().trim().max(ROOM_LIMITS.organisation).default(''),
  group: z.string().trim().max(ROOM_LIMITS.group).default(''),
  team: z.string().trim().max(ROOM_LIMITS.team),
  fileName: z.string().max(ROOM_LIMITS.fileName),
  contentHash: z.string().max(ROOM_LIMITS.hash).default(''),
  ratings: ratingsMapSchema,
});

/** A damaged participant is dropped, not the whole room; a room over the limit keeps its first participants. */
export const roomSchema = z
  .object({
    name: z.string().trim().max(ROOM_LIMITS.roomName).catch(''),
    participants: z
      .array(z.unknown())
      .catch([])
      .transform((rows): Participant[] =>
        rows
          .flatMap((row) => {
            const parsed = participantSchema.safeParse(row);
            return parsed.success ? [parsed.data] : [];
          })
          .slice(0, ROOM_LIMITS.participants),
      ),
    consensus: ratingsMapSchema,
  })
  .catch(emptyRoom);

const draftText = z.string().max(10_000);
const actionDraftSchema = z.object({
  isNew: z.boolean(),
  row: actionRowSchema,
  values: z
    .object({
      action: draftText,
      stepId: draftText,
      owner: draftText,
      start: draftText,
      due: draftText,
      resources: draftText,
      successMeasure: draftText,
      status: draftText,
    })
    .partial(),
});

/** Each part of the plan falls back on its own; a damaged row is dropped, not the whole plan. */
const planSchema = z
  .object({
    actions: z
      .array(z.unknown())
      .catch([])
      .transform((rows) => rows.flatMap((row) => {
        const parsed = actionRowSchema.safeParse(row);
        return parsed.success ? [parsed.data] : [];
      })),
    dismissedGaps: z.array(z.string()).catch([]),
    // 'reconsider' arrived after version 3 and a reason may be empty while it is being typed: both only
    // widen what is accepted, so older saves and files open unchanged and no version bump is needed.
    decisionOverride: z
      .object({ value: z.enum(DECISION_VALUES), reason: z.string().trim() })
      .nullable()
      .catch(null),
    jobDescription: jobDescriptionSchema.nullable().catch(null),
    // Arrived after version 3 as an optional field; a damaged draft is dropped, not the plan.
    actionDrafts: z
      .record(z.string(), z.unknown())
      .optional()
      .catch(undefined)
      .transform((drafts) => {
        if (drafts === undefined) return undefined;
        const kept = Object.entries(drafts).flatMap(([id, draft]) => {
          const parsed = actionDraftSchema.safeParse(draft);
          return parsed.success && parsed.data.row.id === id ? [[id, parsed.data] as const] : [];
        });
        return Object.fromEntries(kept);
      }),
    // Budget, milestones, evaluation, communication, role design (issue 12 §2): optional, each on its own.
    ...planPartsPersistedShape,
  })
  .catch(() => ({
    ...emptyPlan(),
    actionDrafts: undefined,
    ...(Object.fromEntries(Object.keys(planPartsPersistedShape).map((key) => [key, undefined])) as Record<
      keyof typeof planPartsPersistedShape,
      undefined
    >),
  }));

/**
 * Every part is checked on its own and falls back on failure, so one damaged stage costs that
 * stage, not the whole assessment.
 */
const stepsSchema = z.object(
  Object.fromEntries(
    Object.entries(STEPS).map(([id, { schema }]) => [
      id,
      (schema as z.ZodObject)
        .extend({ ratings: savedRatingsSchema(() => stepContent(id as StepId).items) })
        .partial()
        .optional()
        .catch(undefined),
    ]),
  ) as unknown as Record<StepId, z.ZodType<object | undefined>>,
);

const withoutEmptySteps = (steps: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(steps).filter(([, v]) => v !== undefined)) as SavedSteps;

const snapshotSchemas = makeSnapshotSchemas({
  profile: profileSchema().nullable().catch(null),
  steps: stepsSchema.partial().catch({}).transform(withoutEmptySteps),
  completed: z.array(stageIdSchema).catch([]),
  plan: z.preprocess((v) => v ?? {}, planSchema),
});

export const persistedStateSchema = z.object({
  mode: z.enum(['quick', 'full']).nullable().catch(null),
  profile: profileSchema().nullable().catch(null),
  steps: stepsSchema.partial().catch({}),
  completed: z.array(stageIdSchema).catch([]),
  drafts: z.partialRecord(stageIdSchema, z.unknown()).catch({}),
  view: viewSchema.catch({ name: 'start' }),
  plan: z.preprocess((v) => v ?? {}, planSchema),
  room: z.preprocess((v) => v ?? {}, roomSchema),
  participantId: idSchema.nullable().catch(null),
  snapshots: snapshotSchemas.snapshots,
  baseline: z.preprocess((v) => v ?? null, snapshotSchemas.baseline),
});

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Drop what cannot be trusted, keep everything else. Never throws. */
export function sanitizePersistedState(state: unknown): PersistedState {
  const parsed = persistedStateSchema.parse(isPlainObject(state) ? state : {});
  const steps = Object.fromEntries(
    Object.entries(parsed.steps).filter(([, v]) => v !== undefined),
  ) as SavedSteps;
  // A stage only counts as completed if its answers survived.
  const completed = parsed.completed.filter((id) => (id === 'profile' ? parsed.profile : steps[id]));
  return { ...parsed, steps, completed, drafts: parsed.drafts as DraftsData['drafts'] };
}

/** The message is for developers; people see the notice's wording (unreadable-reason.ts, store.messages.ts). */
export class UnsupportedVersionError extends Error {
  constructor(readonly version: number) {
    super(
      version > PERSIST_VERSION
        ? `These answers were saved by a newer version of the app (version ${version}).`
        : `No upgrade exists for answers saved at version ${version}.`,
    );
  }
}

/** Upgrade saved state one version at a time, then check it against today's shape. */
export function migratePersistedState(
  state: unknown,
  fromVersion: number,
  migrations: Migrations = MIGRATIONS,
): PersistedState {
  if (fromVersion > PERSIST_VERSION) throw new UnsupportedVersionError(fromVersion);
  let current = isPlainObject(state) ? state : {};
  for (let version = fromVersion; version < PERSIST_VERSION; version++) {
    const upgrade = migrations[version];
    if (!upgrade) throw new UnsupportedVersionError(version);
    current = upgrade(current);
  }
  return sanitizePersistedState(current);
}
