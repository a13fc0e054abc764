import { expect, test } from 'vitest';
import { parsePlanFile } from './plan-file';
import {
  PERSIST_VERSION,
  migratePersistedState,
  persistedStateSchema,
  sanitizePersistedState,
} from './persisted-state';

/**
 * One fixture per saved-data version the app has ever written (add one whenever PERSIST_VERSION is
 * bumped). Each must migrate to a valid current state that still holds its answers.
 */
const fixtures = import.meta.glob<{ state: unknown; version: number }>('../../tests/fixtures/saved-state/v*.json', {
  eager: true,
  import: 'default',
});

test('there is a fixture for every saved-data version up to today’s', () => {
  const versions = Object.values(fixtures).map((f) => f.version).sort((a, b) => a - b);
  expect(versions).toEqual(Array.from({ length: PERSIST_VERSION }, (_, i) => i + 1));
});

test.each(Object.entries(fixtures))('%s migrates to a valid current state', (_, fixture) => {
  const state = migratePersistedState(fixture.state, fixture.version);
  expect(persistedStateSchema.safeParse(state).success).toBe(true);
  expect(sanitizePersistedState(state)).toEqual(state);
  expect(state.profile?.orgName).toBe('Fixture Middle School');
  expect(state.completed.length).toBeGreaterThan(1);
});

test.each(Object.entries(fixtures))('%s opens as a plan file of its version', (_, fixture) => {
  const text = JSON.stringify({ app: 'stem-teacher-leadership-planner', schemaVersion: fixture.version, exportedAt: '2026-01-01T00:00:00Z', state: fixture.state });
  const result = parsePlanFile(text);
  expect(result).toMatchObject({ ok: true, version: fixture.version });
});
