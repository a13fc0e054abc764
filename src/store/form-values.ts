import { includesElementary } from '../content/approaches';
import type { Question } from '../content/types';
import { PROFILE, STEPS, stageQuestions, stepContent, type Mode, type StageId } from '../stages/stage-list';
import type { AppState } from './app-store';

type Values = Record<string, unknown>;

function emptyAnswer(question: Question): unknown {
  switch (question.kind) {
    case 'checkboxes':
      return [];
    case 'grid':
      return Object.fromEntries(
        question.rows.map((row) => [row.value, Object.fromEntries(question.columns.map((c) => [c.name, '']))]),
      );
    default:
      return '';
  }
}

export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Blank values for every field of a stage, so inputs are controlled from the first render. */
export function emptyValues(stage: StageId): Values {
  const values: Values = Object.fromEntries(stageQuestions(stage).map((q) => [q.name, emptyAnswer(q)]));
  if (stage === 'profile') return { ...values, date: todayIso() };
  values.ratings = Object.fromEntries(stepContent(stage).items.map((i) => [i.id, { level: null, notes: '' }]));
  return values;
}

function isRecord(value: unknown): value is Values {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Fill `base` with whatever `overlay` has at the same paths; ignore anything else. */
function overlayValues(base: Values, overlay: unknown): Values {
  if (!isRecord(overlay)) return base;
  const result: Values = { ...base };
  for (const key of Object.keys(base)) {
    const baseValue = base[key];
    const value = overlay[key];
    if (value === undefined) continue;
    if (isRecord(baseValue)) result[key] = overlayValues(baseValue, value);
    else if (Array.isArray(baseValue)) result[key] = Array.isArray(value) ? value.filter((v) => typeof v === 'string') : baseValue;
    else if (typeof value === 'string' || value === null) result[key] = value;
  }
  return result;
}

/** What a stage's form opens with: the unsent draft if there is one, else the saved answers. */
export function initialValues(stage: StageId, state: Pick<AppState, 'drafts' | 'profile' | 'steps'>): Values {
  const saved = stage === 'profile' ? state.profile : state.steps[stage];
  const withSaved = overlayValues(emptyValues(stage), saved);
  return overlayValues(withSaved, state.drafts[stage]);
}

/** Whether a question with `showWhen` applies to these answers (its "Other" box is ticked, say). */
export function questionShown(question: Question, answers: Values | null | undefined): boolean {
  if (!question.showWhen) return true;
  const answer = answers?.[question.showWhen.name];
  return Array.isArray(answer) ? answer.includes(question.showWhen.value) : answer === question.showWhen.value;
}

/**
 * The questions a stage shows: none in a quick check, and elementary approaches only to plans with elementary
 * grades. Given saved `answers`, questions that depend on another answer are left out when it does not apply;
 * without them (the form itself), every question is listed and the form shows or hides the dependent ones.
 */
export function visibleQuestions(
  stage: StageId,
  mode: Mode,
  level: string | undefined,
  answers?: Values | null,
): readonly Question[] {
  if (stage === 'profile') return PROFILE.content.questions as readonly Question[];
  if (mode === 'quick') return [];
  return (STEPS[stage].content.questions as readonly Question[]).filter(
    (q) =>
      (!q.elementaryOnly || includesElementary(level)) && (answers === undefined || questionShown(q, answers)),
  );
}
