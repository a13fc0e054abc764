/** The current assessment against its baseline: the comparison the progress view and the PDF both show. */
import { compareProgress, type Progress } from '../../../scoring/progress';
import type { PersistedState } from '../../../store/persist-keys';
import type { Baseline } from '../../../store/snapshot-types';
import { takeSnapshot, type SnapshotSource } from '../../../store/take-snapshot';

/** Today as yyyy-mm-dd where the user is (a milestone is late from the day after its date). */
export function localDay(now: Date): string {
  const two = (v: number) => String(v).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/** The plan's state (the PDF mapping has no `completed`); a baseline is present only on a reassessment. */
export type ProgressSource = Omit<SnapshotSource, 'completed'> & Partial<Pick<PersistedState, 'baseline' | 'completed'>>;

export function currentProgress(state: ProgressSource, now: Date): { progress: Progress; baseline: Baseline } | null {
  const baseline = state.baseline;
  if (!baseline) return null;
  const current = takeSnapshot({ ...state, completed: state.completed ?? [] }, now, 'current');
  return { progress: compareProgress(baseline.snapshot, current, localDay(now)), baseline };
}
