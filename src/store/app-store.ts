import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
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

interface SessionSlice {
  startOver: () => void;
}

/**
 * When answers were last written to this computer. A store of its own: persist writes on every
 * change of the main store, so recording the time there would trigger another write, forever.
 */
export const useSaveStatus = create<{ lastSavedAt: number | null }>(() => ({ lastSavedAt: null }));

export type AppState = AnswersSlice & DraftsSlice & NavigationSlice & PlanSlice & SessionSlice;

const storage = createJSONStorage<PersistedState>(() => ({
  getItem: (name) => localStorage.getItem(name),
  setItem: (name, value) => {
    localStorage.setItem(name, value);
    useSaveStatus.setState({ lastSavedAt: Date.now() });
  },
  removeItem: (name) => localStorage.removeItem(name),
}));

export const useAppStore = create<AppState>()(
  persist(
    (...a) => ({
      ...createAnswersSlice(...a),
      ...createDraftsSlice(...a),
      ...createNavigationSlice(...a),
      ...createPlanSlice(...a),
      startOver: () => a[0]({ ...initialAnswers, ...initialDrafts, ...initialNavigation, plan: emptyPlan() }),
    }),
    {
      name: STORAGE_KEY,
      version: PERSIST_VERSION,
      storage,
      partialize: (s): PersistedState => ({
        mode: s.mode,
        profile: s.profile,
        steps: s.steps,
        completed: s.completed,
        drafts: s.drafts,
        view: s.view,
        plan: s.plan,
      }),
      migrate: (persisted, version) => migratePersistedState(persisted, version),
      // Runs on every load, not only after a version change, so hand-edited or damaged data is cleaned too.
      merge: (persisted, current) => ({ ...current, ...sanitizePersistedState(persisted) }),
    },
  ),
);
