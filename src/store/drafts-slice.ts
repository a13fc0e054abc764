import type { StateCreator } from 'zustand';
import type { StageId } from '../stages/stage-order';
import type { AppState } from './app-store';

/**
 * Form values typed but not yet submitted. They are kept apart from submitted answers so an
 * invalid half-typed value never counts as an answer, yet survives a reload.
 */
export interface DraftsData {
  drafts: Partial<Record<StageId, unknown>>;
}

export interface DraftsSlice extends DraftsData {
  saveDraft: (id: StageId, values: unknown) => void;
  discardDraft: (id: StageId) => void;
}

export const initialDrafts: DraftsData = { drafts: {} };

export const createDraftsSlice: StateCreator<AppState, [], [], DraftsSlice> = (set) => ({
  ...initialDrafts,
  saveDraft: (id, values) => set((s) => ({ drafts: { ...s.drafts, [id]: values } })),
  discardDraft: (id) =>
    set((s) => {
      const { [id]: _discarded, ...rest } = s.drafts;
      return { drafts: rest };
    }),
});
