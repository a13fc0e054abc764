/** Making a snapshot of an assessment (issue 14): its ratings, levels, plan and answers, frozen. */
import { isLevel, RATINGS, type Rating } from '../content/levels';
import { scoreReadiness } from '../scoring/readiness';
import { CONTENT_VERSION, STEP_IDS } from '../stages/stage-order';
import { stepContent } from '../stages/stage-list';
import type { PersistedState } from './persist-keys';
import type { Snapshot, SnapshotMilestone } from './snapshot-types';

export type SnapshotSource = Pick<PersistedState, 'mode' | 'profile' | 'steps' | 'completed' | 'plan'>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown) => (typeof v === 'string' ? v : '');

/**
 * Milestones, if the plan has them (another part of the plan adds `plan.milestones`): read defensively, since
 * their exact shape is that part's. A milestone counts as met when it says so (`met`, `done`, or a done status).
 */
export function readMilestones(plan: unknown): SnapshotMilestone[] {
  const rows = isRecord(plan) && Array.isArray(plan.milestones) ? plan.milestones : [];
  return rows.flatMap((row, index): SnapshotMilestone[] => {
    if (!isRecord(row)) return [];
    const label = text(row.label) || text(row.title) || text(row.name) || text(row.milestone);
    const date = text(row.date) || text(row.due) || text(row.target);
    const met = row.met === true || row.done === true || row.status === 'done' || row.status === 'met';
    return [{ id: text(row.id) || `m${index}`, label: label.slice(0, 600), date: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : '', met }];
  });
}

function ratingsOf(steps: SnapshotSource['steps']): Snapshot['ratings'] {
  const ratingValues: readonly string[] = RATINGS;
  return Object.fromEntries(
    STEP_IDS.map((stepId) => {
      const saved = (steps[stepId]?.ratings ?? {}) as Record<string, { level?: unknown; notes?: unknown } | undefined>;
      const kept = Object.entries(saved).flatMap(([itemId, r]) =>
        r && typeof r.level === 'string' && ratingValues.includes(r.level)
          ? [[itemId, { level: r.level as Rating, notes: text(r.notes).trim() }] as const]
          : [],
      );
      return [stepId, Object.fromEntries(kept)];
    }),
  );
}

/** A snapshot of `state` as it is now. Scores come from today's content and rules. */
export function takeSnapshot(state: SnapshotSource, now: Date, id: string = crypto.randomUUID()): Snapshot {
  const scores = scoreReadiness(state.steps);
  const { actionDrafts: _drafts, ...plan } = state.plan;
  return {
    id,
    takenAt: now.toISOString(),
    contentVersion: CONTENT_VERSION,
    mode: state.mode ?? 'full',
    orgName: state.profile?.orgName ?? '',
    overall: scores.overall,
    stepLevels: Object.fromEntries(scores.steps.map((s) => [s.stepId, s.level])),
    items: Object.fromEntries(STEP_IDS.map((stepId) => [stepId, stepContent(stepId).items.map((item) => item.id)])),
    ratings: ratingsOf(state.steps),
    actions: state.plan.actions.map((a) => ({ id: a.id, action: a.action, status: a.status })),
    milestones: readMilestones(state.plan),
    answers: { profile: state.profile, steps: state.steps, completed: state.completed, plan },
  };
}

/** True when the snapshot holds at least one rating on the continuum (Not sure yet alone cannot be compared). */
export function hasRatings(snapshot: Pick<Snapshot, 'ratings'>): boolean {
  return Object.values(snapshot.ratings).some((items) => Object.values(items).some((r) => isLevel(r.level)));
}

/** The same ratings, notes, answers and plan as `other`: finishing again changed nothing. */
export function sameContent(a: Snapshot, b: Snapshot): boolean {
  const strip = (s: Snapshot) => JSON.stringify({ r: s.ratings, a: s.answers, m: s.mode, c: s.contentVersion });
  return strip(a) === strip(b);
}

/**
 * A baseline from a plan file opened from disk: the file's own answers if they hold ratings, else the latest
 * snapshot the file carries. Dated by the assessment date the file gives, else by `now`.
 */
export function snapshotFromPlanFile(state: PersistedState, now: Date): Snapshot | null {
  const own = takeSnapshot(state, now);
  const date = state.profile?.date ?? '';
  if (hasRatings(own)) return /^\d{4}-\d{2}-\d{2}$/.test(date) ? { ...own, takenAt: date } : own;
  const carried = [...state.snapshots].reverse().find(hasRatings);
  return carried ?? null;
}
