/** Starting a reassessment (issue 14): the answers come from the baseline, then the profile opens. */
import { useAppStore } from './app-store';
import { openView } from './navigation';
import type { Baseline, Snapshot } from './snapshot-types';

const localDay = (now: Date) => {
  const two = (v: number) => String(v).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
};

const norm = (s: string) => s.trim().toLocaleLowerCase();

/** The organisation the current answers (or, without any, the latest snapshot) are for, when it differs. */
export function otherOrganisation(snapshot: Pick<Snapshot, 'orgName'>): string | null {
  const state = useAppStore.getState();
  const current = state.profile?.orgName || state.snapshots.at(-1)?.orgName || '';
  if (!current || !snapshot.orgName || norm(current) === norm(snapshot.orgName)) return null;
  return current;
}

/** Whether starting would replace answers the user has now. */
export function hasCurrentAnswers(): boolean {
  const state = useAppStore.getState();
  return state.mode !== null && (state.profile !== null || Object.keys(state.steps).length > 0);
}

export function startReassessment(baseline: Baseline, now: Date = new Date()): void {
  openView({ name: 'stage', stage: 'profile' }, () => useAppStore.getState().beginReassessment(baseline, localDay(now)));
}
