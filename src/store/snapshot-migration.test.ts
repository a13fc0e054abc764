import { expect, test } from 'vitest';
import v4 from '../../tests/fixtures/saved-state/v4.json';
import v5 from '../../tests/fixtures/saved-state/v5.json';
import { MIGRATIONS, migratePersistedState, sanitizePersistedState } from './persisted-state';
import { parsePlanFile, serializePlanFile } from './plan-file';

test('version 4 answers gain an empty list of snapshots and no baseline, and keep everything else', () => {
  const migrated = migratePersistedState(v4.state, 4);
  expect(migrated.snapshots).toEqual([]);
  expect(migrated.baseline).toBeNull();
  expect(migrated.profile?.orgName).toBe('Fixture Middle School');
  expect(migrated.plan.actions).toHaveLength(1);
  expect(MIGRATIONS[4]?.({ mode: 'quick' })).toEqual({ mode: 'quick', snapshots: [], baseline: null });
});

test('a version 5 save keeps its snapshots and its baseline copy', () => {
  const state = migratePersistedState(v5.state, 5);
  expect(state.snapshots).toHaveLength(1);
  expect(state.snapshots[0]).toMatchObject({ id: 'fixture-snapshot-1', orgName: 'Fixture Middle School', overall: 'developing' });
  expect(state.snapshots[0]!.ratings.needs?.addedValue).toEqual({ level: 'early', notes: 'Survey in spring' });
  expect(state.baseline?.snapshotId).toBe('fixture-snapshot-1');
  expect(state.baseline?.snapshot.actions[0]?.status).toBe('inProgress');
});

test('a damaged snapshot is dropped on its own; a damaged baseline falls back to none', () => {
  const good = v5.state.snapshots[0]!;
  const state = sanitizePersistedState({
    ...v5.state,
    snapshots: [{ id: 'broken' }, 'nonsense', good, { ...good, id: 'second', actions: 'not a list', ratings: { needs: { x: { level: 'excellent' } } } }],
    baseline: { snapshotId: 'x', snapshot: { id: 'x' } },
  });
  expect(state.snapshots.map((s) => s.id)).toEqual(['fixture-snapshot-1', 'second']);
  expect(state.snapshots[1]!.actions).toEqual([]);
  expect(state.snapshots[1]!.ratings).toEqual({ needs: {} });
  expect(state.baseline).toBeNull();
});

test('ratings of items today’s content lacks are kept in a snapshot, for comparisons across editions', () => {
  const good = v5.state.snapshots[0]!;
  const state = sanitizePersistedState({
    ...v5.state,
    snapshots: [{ ...good, contentVersion: 0, items: { needs: ['retired'] }, ratings: { needs: { retired: { level: 'model', notes: '' } } } }],
  });
  expect(state.snapshots[0]!.ratings.needs?.retired?.level).toBe('model');
});

test('plan files carry snapshots and the baseline', () => {
  const state = migratePersistedState(v5.state, 5);
  const parsed = parsePlanFile(serializePlanFile(state, new Date('2026-11-30T10:00:00Z')));
  expect(parsed.ok).toBe(true);
  if (parsed.ok) {
    expect(parsed.state.snapshots).toEqual(state.snapshots);
    expect(parsed.state.baseline).toEqual(state.baseline);
  }
});
