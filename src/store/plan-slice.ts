import type { StateCreator } from 'zustand';
import type { DecisionValue } from '../scoring/decision';
import type { AppState } from './app-store';
import type { ActionRow, JobDescriptionSections } from './action-row.schema';
import type { BudgetLine, CommunicationRow, EvaluationRow, Milestone, RoleDesign } from './plan-parts.schema';

/** The editor's fields, as typed: strings, possibly invalid until the team saves the row. */
export type ActionDraftValues = Partial<Record<'action' | 'stepId' | 'owner' | 'start' | 'due' | 'resources' | 'successMeasure' | 'status', string>>;

/**
 * An action row open for editing, kept as typed (like a stage's draft) until the team saves or
 * cancels it, so leaving the page, reloading or opening another row never loses it.
 */
export interface ActionDraft {
  /** A row not yet in the plan (added, not saved yet). */
  isNew: boolean;
  /** The row as it was when editing began; for a new row, the row it will become. */
  row: ActionRow;
  values: ActionDraftValues;
}

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
  /** Rows open for editing, by row id. Optional: saves and files from before it arrived have none. */
  actionDrafts?: Record<string, ActionDraft>;
  // The parts a board asks about (issue 12 §2), all optional: undefined until the team first edits one,
  // and until then the plan shows what its answers suggest (plan-parts-prefill.ts).
  budget?: BudgetLine[];
  milestones?: Milestone[];
  evaluation?: EvaluationRow[];
  communication?: CommunicationRow[];
  roleDesign?: RoleDesign;
  /** What was typed into one of those parts' fields while it is not valid yet, by field path. */
  partDrafts?: Record<string, string>;
}

/** The plan's parts that `patchPlan` may change. */
export type PlanPartsPatch = Partial<Pick<PlanData, 'budget' | 'milestones' | 'evaluation' | 'communication' | 'roleDesign' | 'partDrafts'>>;

export interface PlanSlice {
  plan: PlanData;
  addAction: (row: ActionRow) => void;
  updateAction: (row: ActionRow) => void;
  deleteAction: (id: string) => void;
  dismissGap: (key: string) => void;
  setDecisionOverride: (override: DecisionOverride | null) => void;
  saveJobDescription: (sections: JobDescriptionSections | null) => void;
  openActionDraft: (draft: ActionDraft) => void;
  keepActionDraft: (id: string, values: ActionDraftValues) => void;
  closeActionDraft: (id: string) => void;
  /** Change some of the new parts at once (a field and its draft, say), in one store update. */
  patchPlan: (patch: PlanPartsPatch) => void;
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
    // Opening a row that is already open keeps what was typed in it.
    openActionDraft: (draft) =>
      update((p) => (p.actionDrafts?.[draft.row.id] ? {} : { actionDrafts: { ...p.actionDrafts, [draft.row.id]: draft } })),
    keepActionDraft: (id, values) =>
      update((p) => {
        const draft = p.actionDrafts?.[id];
        return draft ? { actionDrafts: { ...p.actionDrafts, [id]: { ...draft, values } } } : {};
      }),
    closeActionDraft: (id) =>
      update((p) => {
        const { [id]: _closed, ...rest } = p.actionDrafts ?? {};
        return { actionDrafts: rest };
      }),
    patchPlan: (patch) => update(() => patch),
  };
};
