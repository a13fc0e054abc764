/**
 * What the plan's new parts show before the team edits them, taken from its answers: recorded, never
 * prescribed, and no figure the team did not give (amounts start blank). Once the team edits a part, the plan
 * keeps its own copy and these suggestions no longer apply.
 */
import {
  PLAN_YEAR_VALUES,
  type FundingSourceValue,
} from '../../../stages/sustainability/sustainability.content';
import { messagesOf } from '../../../i18n/i18n';
import type {
  Audience,
  BudgetLine,
  BudgetSource,
  CommunicationRow,
  EvaluationRow,
  RoleDesign,
} from '../../../store/plan-parts.schema';
import type { PlanState } from './plan-model';
import { budgetMessages } from './plan-parts.messages';

/** Step 2's chosen benefits (as plan-model's benefitPriorities; repeated so this file imports only its type). */
const benefitPriorities = (state: PlanState): string[] => {
  const chosen = state.steps.vision?.benefitPriorities;
  return Array.isArray(chosen) ? chosen : [];
};
const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** Step 5's sources in the budget's terms; "mixed" has no single source, "unknown" none yet. */
const SOURCE_FROM_STEP5: Partial<Record<FundingSourceValue, BudgetSource>> = {
  grant: 'grant',
  recurring: 'recurringDistrict',
  partner: 'partner',
  mixed: 'other',
};

/** One position line per funding source step 5 names for the three years, amounts blank; one plain line otherwise. */
export function suggestedBudget(state: PlanState): BudgetLine[] {
  const funding = (state.steps.sustainability?.fundingByYear ?? {}) as Partial<
    Record<string, { source?: string }>
  >;
  const sources = [
    ...new Set(
      PLAN_YEAR_VALUES.flatMap(
        (y) => SOURCE_FROM_STEP5[funding[y]?.source as FundingSourceValue] ?? [],
      ),
    ),
  ];
  const item = messagesOf(budgetMessages).positionLine;
  const line = (source: BudgetSource | ''): BudgetLine => ({
    id: `suggested-position-${source || 'none'}`,
    item,
    category: 'salaryOrStipend',
    amounts: [null, null, null],
    source,
    recurrence: source === 'recurringDistrict' ? 'recurring' : '',
    leaderPosition: true,
  });
  return sources.length > 0 ? sources.map(line) : [line('')];
}

/** One row per benefit the team chose as a priority in step 2. */
export function suggestedEvaluation(state: PlanState): EvaluationRow[] {
  return benefitPriorities(state).map((benefit) => ({
    id: `suggested-${benefit}`,
    benefit: benefit as EvaluationRow['benefit'],
    indicator: '',
    dataSource: '',
    baseline: '',
    target: '',
    reviewDate: '',
  }));
}

/** The audiences the issue names, each starting from the vision's "why" or the case for implementation. */
export function suggestedCommunication(state: PlanState): CommunicationRow[] {
  const why = text(state.steps.vision?.why);
  const caseText = text(state.steps.design?.caseForImplementation);
  const starter: Record<Exclude<Audience, 'other'>, string> = {
    staff: why,
    families: why,
    students: why,
    board: caseText || why,
    partners: caseText || why,
  };
  return (['staff', 'families', 'board', 'partners', 'students'] as const).map((audience) => ({
    id: `suggested-${audience}`,
    audience,
    message: starter[audience],
    channel: '',
    owner: '',
    when: '',
  }));
}

/** Selection criteria start from step 6's essential competencies; the rest is for the team to record. */
export function suggestedRoleDesign(state: PlanState): RoleDesign {
  return {
    protectedPercent: null,
    coverage: '',
    teachersServed: null,
    schoolsServed: null,
    selectionCriteria: text(state.steps.position?.competencies),
    payType: '',
  };
}

/** Each part as the plan shows it: the team's own, or the suggestion from its answers. */
export const budgetOf = (state: PlanState) => state.plan.budget ?? suggestedBudget(state);
export const evaluationOf = (state: PlanState) =>
  state.plan.evaluation ?? suggestedEvaluation(state);
export const communicationOf = (state: PlanState) =>
  state.plan.communication ?? suggestedCommunication(state);
export const roleDesignOf = (state: PlanState) =>
  state.plan.roleDesign ?? suggestedRoleDesign(state);
