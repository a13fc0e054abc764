/**
 * Progress since a baseline (issue 14): a pure comparison of two snapshots, returning codes and counts (the
 * words are the screens' and the PDF mapping's). Works across content editions: each snapshot lists the items
 * its edition had, so an item only one of them had is "added" or "removed", never a change of rating.
 */
import { LEVELS, isLevel, type Level, type Rating } from '../content/levels';
import { STEP_IDS } from '../stages/stage-order';

/** The parts of a snapshot the comparison reads (src/store/snapshot-types.ts has the whole). */
export interface Comparable {
  takenAt: string;
  contentVersion: number;
  overall: Level | null;
  stepLevels: Record<string, Level | null>;
  items: Record<string, string[]>;
  ratings: Record<string, Record<string, { level: Rating }>>;
  actions: readonly { id: string; status: 'notStarted' | 'inProgress' | 'done' }[];
  milestones: readonly { id: string; date: string; met: boolean }[];
}

/** 'unknown' when either side had too few ratings to be judged. */
export type Direction = 'up' | 'down' | 'same' | 'unknown';

export interface LevelChange {
  from: Level | null;
  to: Level | null;
  direction: Direction;
}

export interface StepChange extends LevelChange {
  stepId: string;
}

export interface ItemRef {
  stepId: string;
  itemId: string;
}

export interface MovedItem extends ItemRef {
  from: Level;
  to: Level;
  direction: 'up' | 'down';
}

export interface GapChange extends ItemRef {
  from: Rating;
  to: Rating;
}

export interface Progress {
  since: string;
  overall: LevelChange;
  steps: StepChange[];
  stepsUp: number;
  stepsDown: number;
  moved: MovedItem[];
  gapsClosed: GapChange[];
  newGaps: GapChange[];
  added: ItemRef[];
  removed: ItemRef[];
  actions: { total: number; done: number; inProgress: number; notStarted: number; doneSinceBaseline: number; newSinceBaseline: number };
  milestones: { total: number; met: number; late: number; upcoming: number };
  /** The two snapshots came from different content editions. */
  contentChanged: boolean;
}

const rank = (level: Level) => LEVELS.indexOf(level);

export function direction(from: Level | null, to: Level | null): Direction {
  if (from === null || to === null) return 'unknown';
  return rank(to) > rank(from) ? 'up' : rank(to) < rank(from) ? 'down' : 'same';
}

/** The same rule as the results' gaps (gaps.ts): below Prepared, or not sure yet. */
export const isGap = (rating: Rating | undefined): boolean =>
  rating === 'early' || rating === 'developing' || rating === 'unsure';

/** Step ids in the app's order, then any only an older or newer edition had, in their own order. */
function stepOrder(a: Comparable, b: Comparable): string[] {
  const all = new Set([...Object.keys(a.items), ...Object.keys(b.items), ...Object.keys(a.stepLevels), ...Object.keys(b.stepLevels)]);
  const known = (STEP_IDS as readonly string[]).filter((id) => all.has(id));
  return [...known, ...[...all].filter((id) => !known.includes(id))];
}

/** `today` (ISO yyyy-mm-dd) decides which unmet milestones are late. */
export function compareProgress(baseline: Comparable, current: Comparable, today: string): Progress {
  const stepIds = stepOrder(baseline, current);
  const steps = stepIds
    .filter((id) => Object.hasOwn(baseline.items, id) && Object.hasOwn(current.items, id))
    .map((stepId): StepChange => {
      const from = baseline.stepLevels[stepId] ?? null;
      const to = current.stepLevels[stepId] ?? null;
      return { stepId, from, to, direction: direction(from, to) };
    });

  const moved: MovedItem[] = [];
  const gapsClosed: GapChange[] = [];
  const newGaps: GapChange[] = [];
  const added: ItemRef[] = [];
  const removed: ItemRef[] = [];
  for (const stepId of stepIds) {
    const before = baseline.items[stepId] ?? [];
    const now = current.items[stepId] ?? [];
    for (const itemId of before) if (!now.includes(itemId)) removed.push({ stepId, itemId });
    for (const itemId of now) {
      if (!before.includes(itemId)) {
        added.push({ stepId, itemId });
        continue;
      }
      const from = baseline.ratings[stepId]?.[itemId]?.level;
      const to = current.ratings[stepId]?.[itemId]?.level;
      if (isLevel(from) && isLevel(to) && from !== to) {
        moved.push({ stepId, itemId, from, to, direction: rank(to) > rank(from) ? 'up' : 'down' });
      }
      if (from !== undefined && to !== undefined) {
        if (isGap(from) && !isGap(to)) gapsClosed.push({ stepId, itemId, from, to });
        if (!isGap(from) && isGap(to)) newGaps.push({ stepId, itemId, from, to });
      }
    }
  }

  const before = new Map(baseline.actions.map((a) => [a.id, a.status]));
  const count = (status: string) => current.actions.filter((a) => a.status === status).length;
  const met = current.milestones.filter((m) => m.met).length;
  const late = current.milestones.filter((m) => !m.met && m.date !== '' && m.date < today).length;

  return {
    since: baseline.takenAt,
    overall: { from: baseline.overall, to: current.overall, direction: direction(baseline.overall, current.overall) },
    steps,
    stepsUp: steps.filter((s) => s.direction === 'up').length,
    stepsDown: steps.filter((s) => s.direction === 'down').length,
    moved,
    gapsClosed,
    newGaps,
    added,
    removed,
    actions: {
      total: current.actions.length,
      done: count('done'),
      inProgress: count('inProgress'),
      notStarted: count('notStarted'),
      doneSinceBaseline: current.actions.filter((a) => a.status === 'done' && before.get(a.id) !== 'done').length,
      newSinceBaseline: current.actions.filter((a) => !before.has(a.id)).length,
    },
    milestones: { total: current.milestones.length, met, late, upcoming: current.milestones.length - met - late },
    contentChanged: baseline.contentVersion !== current.contentVersion,
  };
}

/** True when nothing moved, opened, closed, appeared or disappeared. */
export function hasNoChange(progress: Progress): boolean {
  return (
    progress.stepsUp === 0 &&
    progress.stepsDown === 0 &&
    progress.overall.direction !== 'up' &&
    progress.overall.direction !== 'down' &&
    progress.moved.length === 0 &&
    progress.gapsClosed.length === 0 &&
    progress.newGaps.length === 0 &&
    progress.added.length === 0 &&
    progress.removed.length === 0 &&
    progress.actions.doneSinceBaseline === 0 &&
    progress.actions.newSinceBaseline === 0
  );
}
