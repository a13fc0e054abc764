/**
 * The persisted shape's name, version and type, without its zod schema, so the store (and so the
 * start page) can be built without loading zod. The schema that checks saved data is in
 * persisted-state.ts and is loaded only when there is saved data to check.
 */
import type { AnswersData } from './answers-slice';
import type { DraftsData } from './drafts-slice';
import type { NavigationData } from './navigation-slice';
import type { PlanData } from './plan-slice';
import type { RoomData } from './room-slice';
import type { SnapshotsData } from './snapshot-types';

/** Bump when the saved shape changes, and add a step to MIGRATIONS that upgrades the old one. */
export const PERSIST_VERSION = 5;
export const STORAGE_KEY = 'stem-teacher-leadership-planner';

export type PersistedState = AnswersData & DraftsData & NavigationData & { plan: PlanData; room: RoomData } & SnapshotsData;
