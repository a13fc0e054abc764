/**
 * Everything the results and plan screens derive from the store, as pure functions of its state.
 * No React here, so the screens, the PDF mapping and the tests share one source of truth. What it words
 * (labels, problems, placeholders) is in the language active when it is called.
 */
import { ratingLabel, NOT_SURE } from '../../../content/levels';
import { formatList } from '../../../i18n/format';
import { fill, messagesOf } from '../../../i18n/i18n';
import { addedValueRating, decisionLabel, proposeDecision, type DecisionProposal } from '../../../scoring/decision';
import { rankedGaps, type Gap } from '../../../scoring/gaps';
import { scoreReadiness, type RatingsByStep, type ReadinessScores } from '../../../scoring/readiness';
import { APPROACH_SUPPORT_AREAS, chosenApproaches, includesElementary, type ApproachId } from '../../../content/approaches';
import {
  careerStageOptions,
  elementaryApproachOptions,
  formalityOptions,
  integratedStemOptions,
  purposeOptions,
  roleTypeOptions,
  sphereOptions,
} from '../../../stages/design/design.content';
import { STEP_IDS, STEPS, stepContent, type StepId } from '../../../stages/stage-list';
import { fundingSources, planYears } from '../../../stages/sustainability/sustainability.content';
import { priorities, supportAreas } from '../../../stages/support/support.content';
import type { AppState } from '../../../store/app-store';
import type { DecisionValue } from '../../../scoring/decision';
import type { ActionDraft, ActionDraftValues } from '../../../store/plan-slice';
import {
  JOB_SECTION_KEYS,
  jobSectionHeading,
  type ActionRow,
  type JobDescriptionSections,
} from '../../../store/action-row.schema';
import { planModelMessages } from './plan.messages';
import { partProblems } from './plan-part-edit';

export type PlanState = Pick<AppState, 'mode' | 'profile' | 'steps' | 'plan'>;

const labelOf = (options: readonly { value: string; label: string }[], value: unknown) =>
  options.find((o) => o.value === value)?.label ?? '';
const labelsOf = (options: readonly { value: string; label: string }[], values: unknown) =>
  (Array.isArray(values) ? values : []).map((v) => labelOf(options, v)).filter(Boolean);
const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
const t = () => messagesOf(planModelMessages);

export function benefitPriorities(state: PlanState): string[] {
  const chosen = state.steps.vision?.benefitPriorities;
  return Array.isArray(chosen) ? chosen : [];
}

export function notSureCount(state: PlanState): number {
  return STEP_IDS.reduce(
    (sum, id) =>
      sum +
      stepContent(id).items.filter(
        (item) => (state.steps as RatingsByStep)[id]?.ratings?.[item.id]?.level === NOT_SURE,
      ).length,
    0,
  );
}

export interface Readiness {
  scores: ReadinessScores;
  gaps: Gap[];
  proposal: DecisionProposal;
  decision: { value: DecisionValue; label: string; overridden: boolean; reason: string };
}

export function readiness(state: PlanState): Readiness {
  const steps = state.steps as RatingsByStep;
  const scores = scoreReadiness(steps);
  const proposal = proposeDecision(scores, { notSureCount: notSureCount(state), addedValue: addedValueRating(steps) });
  const override = state.plan.decisionOverride;
  const overridden = override !== null && override.value !== proposal.value;
  const value = overridden ? override.value : proposal.value;
  return {
    scores,
    gaps: rankedGaps(steps, benefitPriorities(state)),
    proposal,
    decision: { value, label: decisionLabel(value), overridden, reason: overridden ? override.reason : '' },
  };
}

/** Gaps whose action the team has neither accepted nor dismissed, in ranked order. */
export function proposedGaps(state: PlanState, gaps: Gap[] = readiness(state).gaps): Gap[] {
  const taken = new Set(state.plan.actions.flatMap((a) => (a.gapKey ? [a.gapKey] : [])));
  return gaps.filter((g) => !taken.has(g.key) && !state.plan.dismissedGaps.includes(g.key));
}

export function newActionId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `action-${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

export function actionFromGap(gap: Gap, id: string = newActionId()): ActionRow {
  return {
    id,
    gapKey: gap.key,
    action: gap.recommendation,
    stepId: gap.stepId,
    owner: '',
    start: '',
    due: '',
    resources: '',
    successMeasure: '',
    status: 'notStarted',
  };
}

export function blankAction(id: string = newActionId()): ActionRow {
  return { ...actionFromGap({ key: '', stepId: 'needs', recommendation: '' } as Gap, id), gapKey: null };
}

/** The row editor's fields, in the order they appear (and errors are listed). */
export const EDITOR_FIELDS = ['action', 'stepId', 'owner', 'start', 'due', 'resources', 'successMeasure', 'status'] as const;
export type EditorField = (typeof EDITOR_FIELDS)[number];

/** The values a row shows in its editor: what was typed, or else the row as it was. */
export function editorValues(row: ActionRow, typed: ActionDraftValues = {}): ActionDraftValues {
  return Object.fromEntries(EDITOR_FIELDS.map((name) => [name, typed[name] ?? row[name]]));
}

/** Whether what is typed in a row's editor differs from the row as it was when editing began. */
export function hasUnsavedChanges(draft: ActionDraft): boolean {
  return EDITOR_FIELDS.some((name) => draft.values[name] !== undefined && draft.values[name] !== draft.row[name]);
}

export interface PlanProblem {
  actionId: string;
  message: string;
}

const shortAction = (row: ActionRow) => {
  const words = row.action.trim() || t().untitledAction;
  return words.length > 60 ? `${words.slice(0, 57)}…` : words;
};

/**
 * What blocks export of the plan: every action needs an owner, and its due date must not precede its
 * start; and no row may have unsaved changes, so the PDF never differs from what is on screen.
 */
export function planProblems(state: Pick<AppState, 'plan'>): PlanProblem[] {
  const messages = t();
  const unsaved = Object.values(state.plan.actionDrafts ?? {})
    .filter(hasUnsavedChanges)
    .map((draft) => ({
      actionId: draft.row.id,
      message: messages.unsavedChanges({ action: shortAction({ ...draft.row, action: draft.values.action ?? draft.row.action }) }),
    }));
  return [...unsaved, ...partProblems(state), ...state.plan.actions.flatMap((row) => {
    const problems: PlanProblem[] = [];
    if (!row.action.trim()) problems.push({ actionId: row.id, message: messages.actionMissing });
    if (!row.owner.trim()) problems.push({ actionId: row.id, message: messages.ownerMissing({ action: shortAction(row) }) });
    if (row.start && row.due && row.due < row.start)
      problems.push({ actionId: row.id, message: messages.dueBeforeStart({ action: shortAction(row) }) });
    return problems;
  })];
}

export function stepTitleOf(stepId: StepId): string {
  return STEPS[stepId].content.title;
}

/** The job description assembled from step 4's role design and step 6's answers. */
export function assembleJobDescription(state: PlanState): JobDescriptionSections {
  const design = (state.steps.design ?? {}) as Record<string, unknown>;
  const position = (state.steps.position ?? {}) as Record<string, unknown>;
  const messages = t();
  const one = (message: (v: { value: string }) => string, value: string) => (value ? message({ value }) : '');
  const elementary = includesElementary(state.profile?.level)
    ? labelsOf(elementaryApproachOptions(), design.elementaryApproaches)
    : [];
  const list = (message: (v: { values: string }) => string, values: string[]) =>
    values.length > 0 ? message({ values: formatList(values) }) : '';
  const role = [
    one(messages.roleType, labelOf(roleTypeOptions(), design.roleType)),
    one(messages.formality, labelOf(formalityOptions(), design.formality)),
    list(messages.spheres, labelsOf(sphereOptions(), design.spheres)),
    list(messages.purposes, labelsOf(purposeOptions(), design.purposes)),
    list(messages.careerStages, labelsOf(careerStageOptions(), design.careerStages)),
    list(
      (v) => fill(messages.elementaryApproaches(elementary.length), v),
      elementary,
    ),
    one(messages.integratedStem, design.integratedStem === 'no' ? '' : labelOf(integratedStemOptions(), design.integratedStem)),
  ]
    .filter(Boolean)
    .join('\n');
  return {
    role,
    competencies: text(position.competencies),
    responsibilities: text(position.responsibilities),
    reportsTo: text(position.reportsTo),
    evaluation: text(position.evaluation),
    goals: text(position.initialGoals),
  };
}

export function jobDescription(state: PlanState): JobDescriptionSections {
  return state.plan.jobDescription ?? assembleJobDescription(state);
}

export function jobDescriptionBlocks(sections: JobDescriptionSections): { heading: string; text: string }[] {
  const notProvided = t().notProvided;
  return JOB_SECTION_KEYS.map((key) => ({ heading: jobSectionHeading(key), text: sections[key].trim() || notProvided }));
}

export interface PdRow {
  area: string;
  currentStrength: string;
  priority: string;
  plannedSupport: string;
  timeline: string;
}

/**
 * Step 7's six areas: the rating as current strength, then the plan the team wrote for each, with a line naming
 * the chosen approaches (step 4) that call for development in that area. Lines are separated by "\n".
 */
export function pdPlanRows(state: PlanState): PdRow[] {
  const support = (state.steps.support ?? {}) as { pdPlan?: Record<string, Record<string, unknown>> };
  const ratings = (state.steps as RatingsByStep).support?.ratings ?? {};
  const messages = t();
  const design = (state.steps.design ?? {}) as Record<string, unknown>;
  const approaches = chosenApproaches(
    state.profile?.level,
    design.integratedStem as string | undefined,
    design.elementaryApproaches,
  );
  return supportAreas().map((area) => {
    const rating = ratings[area.value]?.level ?? undefined;
    const plan = support.pdPlan?.[area.value] ?? {};
    // Each chosen approach that calls for PD in this area adds a line under what the team wrote.
    const fromApproaches = approaches
      .filter((a) => APPROACH_SUPPORT_AREAS[a.id as ApproachId]?.includes(area.value))
      .map((a) => a.heading);
    const planned = [
      text(plan.plannedSupport),
      fromApproaches.length > 0
        ? fill(messages.fromApproaches(fromApproaches.length), { approaches: formatList(fromApproaches) })
        : '',
    ].filter(Boolean);
    return {
      area: area.label,
      currentStrength: rating ? ratingLabel(rating) : messages.notRated,
      priority: labelOf(priorities(), plan.priority) || messages.notSet,
      plannedSupport: planned.join('\n') || messages.notProvided,
      timeline: text(plan.timeline) || messages.notProvided,
    };
  });
}

export interface SustainabilitySummary {
  fundingByYear: { year: string; source: string; note: string }[];
  transition: string;
  elementsToSustain: string;
  partners: string;
  /** A warning when the last planned year still leans on a grant or an unknown source. */
  cliffWarning: string | null;
}

export function sustainabilitySummary(state: PlanState): SustainabilitySummary {
  const s = (state.steps.sustainability ?? {}) as Record<string, unknown>;
  const funding = (s.fundingByYear ?? {}) as Record<string, Record<string, unknown>>;
  const messages = t();
  const fundingByYear = planYears().map((y) => ({
    year: y.label,
    source: labelOf(fundingSources(), funding[y.value]?.source) || messages.notProvided,
    note: text(funding[y.value]?.note),
  }));
  const lastSource = funding.year3?.source;
  const cliffWarning = lastSource === 'grant' || lastSource === 'unknown' ? messages.cliffWarning : null;
  return {
    fundingByYear,
    transition: text(s.transition) || messages.notProvided,
    elementsToSustain: text(s.elementsToSustain) || messages.notProvided,
    partners: text(s.partners) || messages.notProvided,
    cliffWarning,
  };
}

/** Where "upgrade to a full plan" sends the user: the first step whose full questions were never answered. */
export function firstStepToUpgrade(state: Pick<AppState, 'steps'>): StepId | null {
  return (
    STEP_IDS.find((id) => {
      const saved = (state.steps[id] ?? {}) as Record<string, unknown>;
      // A question shown only for some answers (the "Other" text box) is not a sign the step was skipped.
      return stepContent(id).questions.some((q) => !q.showWhen && saved[q.name] === undefined);
    }) ?? null
  );
}
