import type { StateCreator } from 'zustand';
import type { AppState } from './app-store';
import type { Baseline, Snapshot, SnapshotsData } from './snapshot-types';

export interface SnapshotsSlice extends SnapshotsData {
  /** Records a finished assessment. Two on one day are both kept; the list tells them apart by time. */
  addSnapshot: (snapshot: Snapshot) => void;
  /** The reassessment based on it keeps its own copy (baseline.snapshot), so it keeps working. */
  deleteSnapshot: (id: string) => void;
  /**
   * Starts a new assessment from the baseline's answers: same ratings, notes and answers, the plan's actions
   * with their status, the assessment date set to `today`. The caller asks first if answers would be replaced.
   */
  beginReassessment: (baseline: Baseline, today: string) => void;
}

export const initialSnapshots = (): SnapshotsData => ({ snapshots: [], baseline: null });

export const createSnapshotsSlice: StateCreator<AppState, [], [], SnapshotsSlice> = (set) => ({
  ...initialSnapshots(),
  addSnapshot: (snapshot) => set((s) => ({ snapshots: [...s.snapshots, snapshot] })),
  deleteSnapshot: (id) => set((s) => ({ snapshots: s.snapshots.filter((snap) => snap.id !== id) })),
  beginReassessment: (baseline, today) =>
    set(() => {
      const { answers, mode } = baseline.snapshot;
      const { actionDrafts: _drafts, ...plan } = answers.plan;
      return {
        mode,
        profile: answers.profile ? { ...answers.profile, date: today } : null,
        steps: answers.steps,
        completed: answers.completed,
        drafts: {},
        plan,
        baseline,
      };
    }),
});
