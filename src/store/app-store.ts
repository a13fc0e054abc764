import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { createAnswersSlice, initialAnswers, type AnswersSlice } from './answers-slice';
import { createDraftsSlice, initialDrafts, type DraftsSlice } from './drafts-slice';
import { createNavigationSlice, initialNavigation, type NavigationSlice } from './navigation-slice';
import { createPlanSlice, emptyPlan, type PlanSlice } from './plan-slice';
import {
  PERSIST_VERSION,
  STORAGE_KEY,
  migratePersistedState,
  sanitizePersistedState,
  type PersistedState,
} from './persisted-state';
import { createSafeStorage, isReadableStoredValue, useStorageStatus } from './safe-storage';

interface SessionSlice {
  startOver: () => void;
  /** Replace everything that is persisted, e.g. with an opened plan file or for Undo. */
  replacePersisted: (state: PersistedState) => void;
}

export type AppState = AnswersSlice & DraftsSlice & NavigationSlice & PlanSlice & SessionSlice;

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
  drafts: s.drafts,
  view: s.view,
  plan: s.plan,
});

/** While answers are reloaded from another tab, this tab stays on its own page. */
let reloadingFromOtherTab = false;

export const useAppStore = create<AppState>()(
  persist(
    (...a) => ({
      ...createAnswersSlice(...a),
      ...createDraftsSlice(...a),
      ...createNavigationSlice(...a),
      ...createPlanSlice(...a),
      startOver: () => a[0]({ ...initialAnswers, ...initialDrafts, ...initialNavigation, plan: emptyPlan() }),
      replacePersisted: (state) => a[0](state),
    }),
    {
      name: STORAGE_KEY,
      version: PERSIST_VERSION,
      storage: safeStorage,
      partialize,
      // safeStorage already migrates (so a failed migration can be backed up); kept for any other storage.
      migrate: (persisted, version) => migratePersistedState(persisted, version),
      // Runs on every load, not only after a version change, so hand-edited or damaged data is cleaned too.
      merge: (persisted, current) => ({
        ...current,
        ...sanitizePersistedState(persisted),
        ...(reloadingFromOtherTab ? { view: current.view } : {}),
      }),
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
    // localStorage is synchronous, so the whole rehydrate (and its merge) runs inside this flag.
    reloadingFromOtherTab = true;
    void useAppStore.persist.rehydrate();
    reloadingFromOtherTab = false;
    useStorageStatus.setState((s) => ({ externalRevision: s.externalRevision + 1 }));
  });
}
