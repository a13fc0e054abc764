import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { createAnswersSlice, initialAnswers, type AnswersSlice } from './answers-slice';
import { createDraftsSlice, initialDrafts, type DraftsSlice } from './drafts-slice';
import { createNavigationSlice, initialNavigation, type NavigationSlice } from './navigation-slice';
import { createPlanSlice, emptyPlan, type PlanSlice } from './plan-slice';
import { createRoomSlice, emptyRoom, type RoomSlice } from './room-slice';
import { createSnapshotsSlice, initialSnapshots, type SnapshotsSlice } from './snapshots-slice';
import { PERSIST_VERSION, STORAGE_KEY, type PersistedState } from './persist-keys';
import { createSafeStorage, isReadableStoredValue, useStorageStatus } from './safe-storage';
import { loadValidation, loadedValidation } from './load-validation';
import { viewOfPath } from './view-path';

interface SessionSlice {
  startOver: () => void;
  /** Replace everything that is persisted, e.g. with an opened plan file or for Undo. */
  replacePersisted: (state: PersistedState) => void;
}

export type AppState = AnswersSlice & DraftsSlice & NavigationSlice & PlanSlice & RoomSlice & SnapshotsSlice & SessionSlice;

/**
 * Storage that survives blocked, full, damaged and shared (two-tab) storage; see safe-storage.ts.
 * Save status, storage problems and memory-only mode live in its own store, `useStorageStatus`:
 * persist writes on every change of this store, so recording them here would write forever.
 */
export const safeStorage = createSafeStorage();

/** Everything that is saved and exported. Plan files use this too, so a new slice only needs adding here. */
export const partialize = (s: AppState): PersistedState => ({
  mode: s.mode,
  profile: s.profile,
  steps: s.steps,
  completed: s.completed,
  participantId: s.participantId,
  drafts: s.drafts,
  view: s.view,
  plan: s.plan,
  room: s.room,
  snapshots: s.snapshots,
  baseline: s.baseline,
});

export const initialPersisted = (): PersistedState => ({
  ...initialAnswers,
  ...initialDrafts,
  ...initialNavigation,
  plan: emptyPlan(),
  room: emptyRoom(),
  ...initialSnapshots(),
});

/**
 * The screen the address names (an unknown address shows the start page under "Page not found"), taken as the
 * saved answers first load, so the first screen comes from the address without a second write to storage: a
 * write just after loading could put back answers another tab (or "Remove my answers") had changed meanwhile.
 * Used once; later loads (another tab's answers) keep the screen this tab is on.
 */
let viewFromAddress: AppState['view'] | null =
  typeof window === 'undefined' ? null : (viewOfPath(window.location.pathname, window.location.search) ?? { name: 'start' });
const takeViewFromAddress = () => {
  const view = viewFromAddress;
  viewFromAddress = null;
  return view;
};

/** While answers are reloaded from another tab, this tab stays on its own page. */
let reloadingFromOtherTab = false;

let markHydrated: () => void = () => {};
const hydrated = new Promise<void>((resolve) => {
  markHydrated = resolve;
});

export const useAppStore = create<AppState>()(
  persist(
    (...a) => ({
      ...createAnswersSlice(...a),
      ...createDraftsSlice(...a),
      ...createNavigationSlice(...a),
      ...createPlanSlice(...a),
      ...createRoomSlice(...a),
      ...createSnapshotsSlice(...a),
      // Snapshots are the school's history, not this assessment's answers: starting over keeps them.
      startOver: () => a[0]((s) => ({ ...initialPersisted(), snapshots: s.snapshots })),
      replacePersisted: (state) => a[0](state),
    }),
    {
      name: STORAGE_KEY,
      version: PERSIST_VERSION,
      storage: safeStorage,
      partialize,
      // safeStorage already migrates (so a failed migration can be backed up); kept for any other storage.
      migrate: (persisted, version) => loadedValidation().migratePersistedState(persisted, version),
      // Runs on every load, not only after a version change, so hand-edited or damaged data is cleaned too.
      // Nothing saved (a first visit, or another tab removed the answers) means the initial state, which
      // needs no checking, so a first visit never loads the checks.
      merge: (persisted, current) => ({
        ...current,
        ...(persisted === undefined ? initialPersisted() : loadedValidation().sanitizePersistedState(persisted)),
        ...(reloadingFromOtherTab ? { view: current.view } : {}),
        ...(!reloadingFromOtherTab && viewFromAddress ? { view: takeViewFromAddress()! } : {}),
      }),
      onRehydrateStorage: () => () => markHydrated(),
    },
  ),
);

/**
 * Two tabs on one plan: when another tab saves, load its answers here, so this tab never writes
 * over them with older ones. If this tab has unsaved changes of its own (a conflict), the banner asks.
 * Reloading does not write, so two tabs never echo each other's saves back and forth.
 */
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key !== null && event.key !== STORAGE_KEY) return;
    const { memoryOnly, conflict } = useStorageStatus.getState();
    if (memoryOnly || conflict) return;
    // Damaged data written elsewhere must not wipe this tab's answers; this tab's next save replaces it.
    if (!isReadableStoredValue(event.newValue)) return;
    // With the checks loaded, storage answers synchronously, so the whole rehydrate (and its merge)
    // runs inside this flag.
    void loadValidation().then(() => {
      reloadingFromOtherTab = true;
      void useAppStore.persist.rehydrate();
      reloadingFromOtherTab = false;
      useStorageStatus.setState((s) => ({ externalRevision: s.externalRevision + 1 }));
    });
  });
}

/**
 * Resolves once saved answers have been read, checked and merged in (or found missing or unreadable).
 * With nothing saved that is already true when this module has loaded; with saved data it waits for
 * the checks to load. Render after it, so no one sees, or overwrites, the blank state first.
 */
export function appStoreHydrated(): Promise<void> {
  return hydrated;
}
