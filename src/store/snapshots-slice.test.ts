import { beforeEach, expect, test } from 'vitest';
import { validState } from '../../tests/fixtures/plan-state';
import { useAppStore } from './app-store';
import { sameContent, snapshotFromPlanFile, takeSnapshot } from './take-snapshot';

const action = { id: 'a1', gapKey: null, action: 'Survey staff', stepId: 'needs' as const, owner: 'Ana', start: '', due: '2026-03-01', resources: '', successMeasure: '', status: 'inProgress' as const };
const state = validState({ mode: 'full', plan: { actions: [action], dismissedGaps: [], decisionOverride: null, jobDescription: null } });

beforeEach(() => useAppStore.getState().replacePersisted(state));

test('a snapshot holds the ratings with their notes, the levels, the actions with status and the answers', () => {
  const snapshot = takeSnapshot(state, new Date('2026-06-01T10:00:00Z'), 's1');
  expect(snapshot).toMatchObject({ id: 's1', takenAt: '2026-06-01T10:00:00.000Z', mode: 'full', orgName: 'Lincoln High School', overall: 'developing' });
  expect(snapshot.stepLevels.needs).toBe('developing');
  expect(Object.keys(snapshot.ratings.needs!)).toEqual(snapshot.items.needs);
  expect(snapshot.actions).toEqual([{ id: 'a1', action: 'Survey staff', status: 'inProgress' }]);
  expect(snapshot.answers.profile?.orgName).toBe('Lincoln High School');
});

test('a reassessment starts from the baseline’s answers and plan, dated today, and names its baseline', () => {
  const snapshot = takeSnapshot(state, new Date('2025-06-01T10:00:00Z'), 's1');
  useAppStore.getState().replacePersisted({ ...validState({ steps: {} }), snapshots: [snapshot] });
  useAppStore.getState().beginReassessment({ snapshotId: 's1', snapshot }, '2026-06-01');
  const now = useAppStore.getState();
  expect(now.profile?.date).toBe('2026-06-01');
  expect(now.steps).toEqual(state.steps);
  expect(now.plan.actions).toEqual([action]);
  expect(now.baseline?.snapshotId).toBe('s1');
  expect(now.snapshots).toEqual([snapshot]);
});

test('starting over keeps the snapshots (the school’s history) but not the baseline', () => {
  const snapshot = takeSnapshot(state, new Date(), 's1');
  useAppStore.getState().replacePersisted({ ...state, snapshots: [snapshot], baseline: { snapshotId: 's1', snapshot } });
  useAppStore.getState().startOver();
  expect(useAppStore.getState().snapshots).toEqual([snapshot]);
  expect(useAppStore.getState().baseline).toBeNull();
  expect(useAppStore.getState().mode).toBeNull();
});

test('finishing twice with nothing changed is recognised; a changed rating is not', () => {
  const a = takeSnapshot(state, new Date('2026-06-01T09:00:00Z'), 'a');
  const b = takeSnapshot(state, new Date('2026-06-01T15:00:00Z'), 'b');
  expect(sameContent(a, b)).toBe(true);
  const changed = { ...state, steps: { ...state.steps, needs: { ratings: { ...state.steps.needs!.ratings!, addedValue: { level: 'model' as const, notes: '' } } } } };
  expect(sameContent(a, takeSnapshot(changed, new Date(), 'c'))).toBe(false);
});

test('a plan file without ratings of its own serves through the latest snapshot it carries', () => {
  const carried = takeSnapshot(state, new Date('2025-01-01T00:00:00Z'), 'old');
  const file = { ...state, steps: {}, snapshots: [carried] };
  expect(snapshotFromPlanFile(file, new Date())?.id).toBe('old');
  expect(snapshotFromPlanFile({ ...file, snapshots: [] }, new Date())).toBeNull();
  // With ratings of its own, the file is dated by its assessment date.
  expect(snapshotFromPlanFile(state, new Date())?.takenAt).toBe('2026-11-23');
});
