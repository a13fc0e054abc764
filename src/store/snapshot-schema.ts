/**
 * Checks saved snapshots. Each snapshot falls back on its own: a damaged one is dropped, not the list; a
 * damaged part of one (its actions, its answers) falls back to empty. Ratings are checked loosely (any step
 * and item id, a real level), because a snapshot of an older content edition may name items today's lacks.
 */
import { z } from 'zod';
import { LEVELS, RATINGS } from '../content/levels';
import { STATUS_VALUES } from './action-row.schema';
import { SNAPSHOT_LIMITS, type Baseline, type Snapshot } from './snapshot-types';

const id = z.string().trim().min(1).max(SNAPSHOT_LIMITS.id);
const key = z.string().min(1).max(SNAPSHOT_LIMITS.id);
const level = z.enum(LEVELS).nullable().catch(null);

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const UNSAFE = new Set(['__proto__', 'constructor', 'prototype']);
const keyOk = (k: string) => !UNSAFE.has(k) && key.safeParse(k).success;

/** step id -> item id -> rating; anything that is not a real rating is dropped. */
const ratingsMap = z.unknown().transform((value) => {
  const out: Snapshot['ratings'] = {};
  if (!isPlainObject(value)) return out;
  for (const [stepId, items] of Object.entries(value)) {
    if (!keyOk(stepId) || !isPlainObject(items)) continue;
    const kept: Record<string, { level: (typeof RATINGS)[number]; notes: string }> = {};
    for (const [itemId, rating] of Object.entries(items)) {
      if (!keyOk(itemId) || !isPlainObject(rating)) continue;
      const parsed = z
        .object({ level: z.enum(RATINGS), notes: z.string().max(10_000).catch('') })
        .safeParse(rating);
      if (parsed.success) kept[itemId] = parsed.data;
    }
    out[stepId] = kept;
  }
  return out;
});

const levelsMap = z.unknown().transform((value) => {
  const out: Record<string, Snapshot['overall']> = {};
  if (!isPlainObject(value)) return out;
  for (const [stepId, l] of Object.entries(value)) if (keyOk(stepId)) out[stepId] = level.parse(l);
  return out;
});

const itemsMap = z.unknown().transform((value) => {
  const out: Record<string, string[]> = {};
  if (!isPlainObject(value)) return out;
  for (const [stepId, ids] of Object.entries(value)) {
    if (keyOk(stepId) && Array.isArray(ids)) out[stepId] = ids.filter((i): i is string => typeof i === 'string' && keyOk(i)).slice(0, SNAPSHOT_LIMITS.ids);
  }
  return out;
});

const listOf = <T extends z.ZodType>(row: T) =>
  z
    .array(z.unknown())
    .catch([])
    .transform((rows) => rows.flatMap((r) => {
      const parsed = row.safeParse(r);
      return parsed.success ? [parsed.data as z.infer<T>] : [];
    }));

const actionSchema = z.object({ id, action: z.string().max(SNAPSHOT_LIMITS.text), status: z.enum(STATUS_VALUES) });
const milestoneSchema = z.object({
  id,
  label: z.string().max(SNAPSHOT_LIMITS.text),
  date: z.union([z.iso.date(), z.literal('')]).catch(''),
  met: z.boolean().catch(false),
});

/** The parts of today's persisted schema a snapshot's answers are checked with (passed in: no import cycle). */
export interface AnswerSchemas {
  profile: z.ZodType;
  steps: z.ZodType;
  completed: z.ZodType;
  plan: z.ZodType;
}

export function makeSnapshotSchemas(parts: AnswerSchemas) {
  const snapshot = z.object({
    id,
    takenAt: z.iso.datetime({ offset: true }).or(z.iso.date()),
    contentVersion: z.number().int().min(0),
    mode: z.enum(['quick', 'full']),
    orgName: z.string().max(SNAPSHOT_LIMITS.text).catch(''),
    overall: level,
    stepLevels: levelsMap,
    items: itemsMap,
    ratings: ratingsMap,
    actions: listOf(actionSchema),
    milestones: listOf(milestoneSchema),
    answers: z
      .object({ profile: parts.profile, steps: parts.steps, completed: parts.completed, plan: parts.plan })
      .catch(() => ({ profile: null, steps: {}, completed: [], plan: parts.plan.parse({}) })),
  });
  const one = (value: unknown): Snapshot | null => {
    const parsed = snapshot.safeParse(value);
    return parsed.success ? (parsed.data as Snapshot) : null;
  };
  const snapshots = z
    .array(z.unknown())
    .catch([])
    .transform((rows) => rows.flatMap((r) => {
      const kept = one(r);
      return kept ? [kept] : [];
    }).slice(-SNAPSHOT_LIMITS.count));
  const baseline = z
    .unknown()
    .transform((value): Baseline | null => {
      if (!isPlainObject(value)) return null;
      const copy = one(value.snapshot);
      if (!copy) return null;
      const snapshotId = typeof value.snapshotId === 'string' && id.safeParse(value.snapshotId).success ? value.snapshotId : null;
      return { snapshotId, snapshot: copy };
    });
  return { snapshots, baseline };
}
