import type { StateCreator } from 'zustand';
import type { DecisionValue } from '../scoring/decision';
import type { AppState } from './app-store';
import type { ActionRow, JobDescriptionSections } from './action-row.schema';

export interface DecisionOverride {
  value: DecisionValue;
  reason: string;
}

/** The draft implementation plan: what the team added on top of its answers. */
export interface PlanData {
  actions: ActionRow[];
  /** Keys of gaps whose proposed action the team chose not to take. */
  dismissedGaps: string[];
  decisionOverride: DecisionOverride | null;
  /** Null until the team edits it; until then the plan shows the description assembled from steps 4 and 6. */
  jobDescription: JobDescriptionSections | null;
}

export interface PlanSlice {
  plan: PlanData;
  addAction: (row: ActionRow) => void;
  updateAction: (row: ActionRow) => void;
  deleteAction: (id: string) => void;
  dismissGap: (key: string) => void;
  setDecisionOverride: (override: DecisionOverride | null) => void;
  saveJobDescription: (sections: JobDescriptionSections | null) => void;
}

export const emptyPlan = (): PlanData => ({ actions: [], dismissedGaps: [], decisionOverride: null, jobDescription: null });

export const initialPlan: { plan: PlanData } = { plan: emptyPlan() };

export const createPlanSlice: StateCreator<AppState, [], [], PlanSlice> = (set) => {
  const update = (change: (plan: PlanData) => Partial<PlanData>) =>
    set((s) => ({ plan: { ...s.plan, ...change(s.plan) } }));
  return {
    ...initialPlan,
    addAction: (row) => update((p) => ({ actions: [...p.actions, row] })),
    updateAction: (row) => update((p) => ({ actions: p.actions.map((r) => (r.id === row.id ? row : r)) })),
    deleteAction: (id) => update((p) => ({ actions: p.actions.filter((r) => r.id !== id) })),
    dismissGap: (key) =>
      update((p) => ({ dismissedGaps: p.dismissedGaps.includes(key) ? p.dismissedGaps : [...p.dismissedGaps, key] })),
    setDecisionOverride: (decisionOverride) => update(() => ({ decisionOverride })),
    saveJobDescription: (jobDescription) => update(() => ({ jobDescription })),
  };
};
