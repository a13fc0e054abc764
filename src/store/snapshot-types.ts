/**
 * A snapshot: a dated, read-only record of a finished assessment (issue 14). No zod here, so the start page
 * can list snapshots without loading the checks; snapshot-schema.ts checks saved ones.
 */
import type { Level, Rating } from '../content/levels';
import type { ProfileAnswers } from '../stages/profile/profile.schema';
import type { Mode, StageId } from '../stages/stage-order';
import type { SavedSteps } from './answers-slice';
import type { StatusValue } from './action-row.schema';
import type { PlanData } from './plan-slice';

export interface SnapshotRating {
  level: Rating;
  /** The evidence and notes the team wrote beside the rating. */
  notes: string;
}

export interface SnapshotAction {
  id: string;
  action: string;
  status: StatusValue;
}

export interface SnapshotMilestone {
  id: string;
  label: string;
  /** ISO yyyy-mm-dd or blank. */
  date: string;
  met: boolean;
}

export interface Snapshot {
  id: string;
  /** ISO date-time the assessment was finished. */
  takenAt: string;
  /** CONTENT_VERSION when it was taken. */
  contentVersion: number;
  mode: Mode;
  orgName: string;
  overall: Level | null;
  /** Each step's level then, by step id; null where too few items were rated. */
  stepLevels: Record<string, Level | null>;
  /** The item ids each step had in that content version, so added and removed items can be told apart. */
  items: Record<string, string[]>;
  /** Ratings by step id, then item id. Kept loosely typed: an older edition may have items today's lacks. */
  ratings: Record<string, Record<string, SnapshotRating>>;
  actions: SnapshotAction[];
  milestones: SnapshotMilestone[];
  /** The answers as they were, to view, export, or start a reassessment from. */
  answers: { profile: ProfileAnswers | null; steps: SavedSteps; completed: StageId[]; plan: PlanData };
}

/** What a reassessment compares against: the snapshot's id (if it came from this browser) and a copy of it. */
export interface Baseline {
  /** Null when the baseline came from a plan file opened from disk. */
  snapshotId: string | null;
  /** A copy, so the comparison keeps working when the snapshot itself is deleted. */
  snapshot: Snapshot;
}

/** Kept in the browser and in plan files. */
export interface SnapshotsData {
  snapshots: Snapshot[];
  baseline: Baseline | null;
}

export const SNAPSHOT_LIMITS = { id: 100, text: 600, ids: 200, count: 100 } as const;
