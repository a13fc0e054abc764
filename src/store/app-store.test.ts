import { beforeEach, expect, test } from 'vitest';
import { resetStore } from '../../tests/support/test-utils';
import { useAppStore } from './app-store';
import {
  MIGRATIONS,
  PERSIST_VERSION,
  STORAGE_KEY,
  UnsupportedVersionError,
  migratePersistedState,
  sanitizePersistedState,
} from './persisted-state';

beforeEach(resetStore);

const profile = {
  orgName: 'Riverside Elementary',
  orgType: 'school',
  level: 'elementary',
  respondentRole: 'Principal',
  team: 'Ana Pérez, science lead',
  date: '2026-11-23',
} as const;

const needsRatings = {
  currentVsVision: { level: 'developing', notes: 'Survey in spring' },
  resourceInventory: { level: 'early', notes: '' },
  assetsAndBarriers: { level: 'unsure', notes: '' },
  addedValue: { level: 'prepared', notes: '' },
} as const;

test('every submitted answer and unsent draft survives a reload', async () => {
  const store = useAppStore.getState();
  store.chooseMode('full');
  store.saveProfile(profile);
  store.saveStep('needs', { ratings: needsRatings, assets: 'Makerspace' });
  store.saveDraft('vision', { statement: 'Half-written vision' });
  store.goTo({ name: 'stage', stage: 'vision' });

  // A reload: the in-memory state is gone, only localStorage remains.
  const saved = localStorage.getItem(STORAGE_KEY) ?? '';
  useAppStore.setState({ mode: null, profile: null, steps: {}, drafts: {}, completed: [], view: { name: 'start' } });
  localStorage.setItem(STORAGE_KEY, saved);
  await useAppStore.persist.rehydrate();

  const reloaded = useAppStore.getState();
  expect(reloaded.mode).toBe('full');
  expect(reloaded.profile).toEqual(profile);
  expect(reloaded.steps.needs).toMatchObject({ ratings: needsRatings, assets: 'Makerspace' });
  expect(reloaded.drafts.vision).toEqual({ statement: 'Half-written vision' });
  expect(reloaded.completed).toEqual(['profile', 'needs']);
  expect(reloaded.view).toEqual({ name: 'stage', stage: 'vision' });
});

test('saved data is written under one key with its version', () => {
  useAppStore.getState().chooseMode('quick');
  const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
  expect(saved).toMatchObject({ version: PERSIST_VERSION, state: { mode: 'quick' } });
  expect(saved.state).not.toHaveProperty('saveStep');
});

test('a quick check upgraded later keeps the full answers it already had', () => {
  const store = useAppStore.getState();
  store.saveStep('needs', { ratings: needsRatings, assets: 'Makerspace' });
  store.saveStep('needs', { ratings: { ...needsRatings, addedValue: { level: 'model', notes: '' } } });
  expect(useAppStore.getState().steps.needs?.assets).toBe('Makerspace');
  expect(useAppStore.getState().steps.needs?.ratings?.addedValue.level).toBe('model');
});

test('one damaged stage in saved data costs that stage only', async () => {
  localStorage.setItem(
    STORAGE_KEY,
    JSON.stringify({
      version: PERSIST_VERSION,
      state: {
        mode: 'full',
        profile,
        steps: { needs: { ratings: needsRatings }, vision: { ratings: 'garbage' } },
        completed: ['profile', 'needs', 'vision'],
        drafts: {},
        view: { name: 'stage', stage: 'nonsense' },
      },
    }),
  );
  await useAppStore.persist.rehydrate();
  const state = useAppStore.getState();
  expect(state.profile).toEqual(profile);
  expect(state.steps.needs?.ratings).toEqual(needsRatings);
  expect(state.steps.vision).toBeUndefined();
  expect(state.completed).toEqual(['profile', 'needs']);
  expect(state.view).toEqual({ name: 'start' });
});

test('sanitize never throws, whatever it is given', () => {
  for (const junk of [null, undefined, 42, 'text', [], { steps: 7 }, { profile: { orgName: 3 } }]) {
    expect(() => sanitizePersistedState(junk)).not.toThrow();
  }
  expect(sanitizePersistedState('text').steps).toEqual({});
});

test('migrations run one version at a time, then the result is validated', () => {
  const calls: number[] = [];
  const migrations = {
    ...MIGRATIONS,
    0: (s: Record<string, unknown>) => {
      calls.push(0);
      // Imagine version 0 stored the organisation name at the top level.
      return { ...s, profile: { ...profile, orgName: s.organisation }, organisation: undefined };
    },
  };
  const migrated = migratePersistedState({ organisation: 'Old Format High', mode: 'quick' }, 0, migrations);
  expect(calls).toEqual([0]); // then the real upgrades from version 1 onwards
  expect(migrated.profile?.orgName).toBe('Old Format High');
  expect(migrated.mode).toBe('quick');
});

test('data from a newer version of the app is refused rather than misread', () => {
  expect(() => migratePersistedState({}, PERSIST_VERSION + 1)).toThrow(UnsupportedVersionError);
});
