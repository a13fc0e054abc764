import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { validState } from '../../tests/fixtures/plan-state';

const KEY = 'stem-teacher-leadership-planner';
const BACKUP_PREFIX = `${KEY}:backup:`;

/** A fresh app, as after a page load, reading whatever localStorage holds now. */
async function loadApp() {
  vi.resetModules();
  const store = await import('./app-store');
  const storage = await import('./safe-storage');
  const files = await import('./file-flow');
  const reasons = await import('./unreadable-reason');
  // Saved data is checked by schemas that load on demand, as in the app's main.tsx.
  await store.appStoreHydrated();
  return { ...store, ...storage, ...files, ...reasons };
}

const backups = () =>
  Object.keys(localStorage)
    .filter((k) => k.startsWith(BACKUP_PREFIX))
    .map((k) => localStorage.getItem(k));

const stored = () => JSON.parse(localStorage.getItem(KEY) ?? 'null');

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});
afterEach(() => sessionStorage.clear());

test.each([
  ['an empty string', '', /empty/],
  ['truncated JSON', JSON.stringify({ state: validState(), version: 1 }).slice(0, 120), /damaged/],
  ['JSON of the wrong shape', '{"state":5,"version":1}', /damaged/],
  ['an array', '[1,2,3]', /damaged/],
  ['a version that is not a number', JSON.stringify({ state: validState(), version: 'one' }), /damaged/],
  ['answers from a newer version', JSON.stringify({ state: validState(), version: 99 }), /newer version/],
  ['answers from a version with no upgrade', JSON.stringify({ state: validState(), version: -1 }), /No upgrade exists/],
])('with %s saved, the app starts afresh and keeps the data under a backup key', async (_, raw, reason) => {
  localStorage.setItem(KEY, raw);
  const app = await loadApp();
  expect(app.useAppStore.getState().mode).toBeNull();
  expect(app.useAppStore.persist.hasHydrated()).toBe(true);
  expect(backups()).toEqual([raw]);
  const { unreadable } = app.useStorageStatus.getState();
  expect(unreadable).toMatchObject({ raw });
  expect(app.describeUnreadable(unreadable!.reason)).toMatch(reason);
  // The app goes on saving new answers, and the backup stays as it was.
  app.useAppStore.getState().chooseMode('full');
  expect(stored().state.mode).toBe('full');
  expect(backups()).toEqual([raw]);
});

test('a second damaged load never overwrites an earlier backup', async () => {
  localStorage.setItem(KEY, '{"first":');
  await loadApp();
  localStorage.setItem(KEY, '{"second":');
  await loadApp();
  expect(backups().sort()).toEqual(['{"first":', '{"second":']);
});

test('when even the backup cannot be written, the unreadable data stays available for download', async () => {
  localStorage.setItem(KEY, '{"broken":');
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('full', 'QuotaExceededError');
  });
  const app = await loadApp();
  expect(app.useStorageStatus.getState().unreadable).toMatchObject({ raw: '{"broken":', backupKey: null });
});

test('valid saved answers load as they were', async () => {
  localStorage.setItem(KEY, JSON.stringify({ state: validState(), version: 1 }));
  const app = await loadApp();
  // Everything as saved, except the screen: that comes from the address the app was opened at ("/").
  expect(app.partialize(app.useAppStore.getState())).toEqual({ ...validState(), view: { name: 'start' } });
  expect(app.useStorageStatus.getState().unreadable).toBeNull();
});

test('when storage is full, the app keeps answers in memory and warns', async () => {
  const app = await loadApp();
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
  expect(() => app.useAppStore.getState().chooseMode('quick')).not.toThrow();
  expect(app.useAppStore.getState().mode).toBe('quick');
  expect(app.useStorageStatus.getState().problem).toBe('full');
  vi.mocked(Storage.prototype.setItem).mockRestore();
  // The warning lasts until a save succeeds again.
  app.useAppStore.getState().chooseMode('full');
  expect(app.useStorageStatus.getState().problem).toBeNull();
  expect(stored().state.mode).toBe('full');
});

test('when storage is blocked altogether, the app starts and works in memory', async () => {
  localStorage.setItem(KEY, JSON.stringify({ state: validState(), version: 1 }));
  const blocked = vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  });
  const app = await loadApp();
  expect(app.useStorageStatus.getState().problem).toBe('unavailable');
  expect(() => app.useAppStore.getState().chooseMode('quick')).not.toThrow();
  expect(app.useAppStore.getState().mode).toBe('quick');
  expect(app.useStorageStatus.getState().lastSavedAt).toBeNull();
  blocked.mockRestore(); // before the shared afterEach clears localStorage
});

test('when reading storage throws, the app starts with empty answers', async () => {
  vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
    throw new DOMException('blocked', 'SecurityError');
  });
  const app = await loadApp();
  expect(app.useAppStore.getState().mode).toBeNull();
  expect(app.useStorageStatus.getState().problem).toBe('unavailable');
});

test('“Don’t save on this computer” removes the saved answers and saves nothing more', async () => {
  localStorage.setItem(KEY, JSON.stringify({ state: validState(), version: 1 }));
  let app = await loadApp();
  app.setMemoryOnly(true);
  expect(localStorage.getItem(KEY)).toBeNull();
  app.useAppStore.getState().chooseMode('full');
  expect(localStorage.getItem(KEY)).toBeNull();
  expect(app.useAppStore.getState().profile).toEqual(validState().profile);
  // A reload in the same tab stays memory-only and finds nothing saved.
  app = await loadApp();
  expect(app.useStorageStatus.getState().memoryOnly).toBe(true);
  expect(app.useAppStore.getState().mode).toBeNull();
  // Turning saving back on saves the answers at once.
  app.useAppStore.getState().chooseMode('quick');
  app.setMemoryOnly(false);
  expect(stored().state.mode).toBe('quick');
});

test('“Remove my answers” clears every key the app owns, and nothing else', async () => {
  localStorage.setItem(KEY, '{"broken":');
  localStorage.setItem('another-app', 'keep me');
  const app = await loadApp();
  app.useAppStore.getState().replacePersisted(validState());
  sessionStorage.setItem(`${KEY}:memory-only`, '1');
  app.removeMyAnswers();
  expect(Object.keys(localStorage)).toEqual(['another-app']);
  expect(Object.keys(sessionStorage)).toEqual([]);
  expect(app.useAppStore.getState().mode).toBeNull();
  expect(app.useStorageStatus.getState().unreadable).toBeNull();
});

/** What another tab does: write a newer revision of the answers. */
function writeFromOtherTab(state: object, revision: number) {
  const value = JSON.stringify({ state, version: 1, revision });
  localStorage.setItem(KEY, value);
  return value;
}

test('a tab loads the answers another tab saved, and stays on its own page', async () => {
  const app = await loadApp();
  app.useAppStore.getState().chooseMode('quick');
  app.useAppStore.getState().goTo({ name: 'stage', stage: 'vision' });
  const revision = stored().revision;
  const value = writeFromOtherTab({ ...validState(), view: { name: 'review' } }, revision + 1);
  window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: value, storageArea: localStorage }));
  await vi.waitFor(() => expect(app.useAppStore.getState().profile).toEqual(validState().profile));
  expect(app.useAppStore.getState().view).toEqual({ name: 'stage', stage: 'vision' });
  expect(app.useStorageStatus.getState().externalRevision).toBe(1);
  // Its next save builds on the newer answers instead of replacing them.
  app.useAppStore.getState().goTo({ name: 'review' });
  expect(stored()).toMatchObject({ revision: revision + 2, state: { profile: validState().profile } });
});

test('a tab that fell behind never silently overwrites newer answers', async () => {
  const app = await loadApp();
  app.useAppStore.getState().chooseMode('quick');
  const revision = stored().revision;
  // Another tab saves, but this tab misses the event (e.g. it was frozen in the background).
  const theirs = writeFromOtherTab(validState(), revision + 1);
  app.useAppStore.getState().chooseMode('full');
  expect(localStorage.getItem(KEY)).toBe(theirs);
  expect(app.useStorageStatus.getState().conflict).toBe(true);
  // Choosing to load them brings in the other tab's answers.
  await app.loadNewerAnswers();
  expect(app.useStorageStatus.getState().conflict).toBe(false);
  expect(app.useAppStore.getState().profile).toEqual(validState().profile);
});

test('a tab that fell behind can keep its own answers when the user says so', async () => {
  const app = await loadApp();
  app.useAppStore.getState().chooseMode('quick');
  writeFromOtherTab(validState(), stored().revision + 1);
  app.useAppStore.getState().chooseMode('full');
  expect(app.useStorageStatus.getState().conflict).toBe(true);
  app.keepThisTabsAnswers();
  expect(app.useStorageStatus.getState().conflict).toBe(false);
  expect(stored().state).toMatchObject({ mode: 'full', profile: null });
});

test('removing answers in one tab clears them in the others', async () => {
  localStorage.setItem(KEY, JSON.stringify({ state: validState(), version: 1, revision: 3 }));
  const app = await loadApp();
  localStorage.removeItem(KEY);
  window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: null, storageArea: localStorage }));
  await vi.waitFor(() => expect(app.useAppStore.getState().profile).toBeNull());
});

test.each(Object.entries(import.meta.glob<string>('../fixtures/saved-state/v*.json', { eager: true, query: '?raw', import: 'default' })))(
  'saved data of an older or current version (%s) in localStorage loads and migrates',
  async (_, raw) => {
    localStorage.setItem(KEY, raw);
    const app = await loadApp();
    expect(app.useAppStore.getState().profile?.orgName).toBe('Fixture Middle School');
    expect(app.useStorageStatus.getState().unreadable).toBeNull();
    expect(backups()).toEqual([]);
  },
);
