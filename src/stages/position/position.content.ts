/**
 * Step 6's content as data: ids, option values, limits and source pages, here in one place; the wording comes
 * from position.messages.ts in the active language. The schema derives its option values from this file.
 */
import type { Question, ReadinessItem, StepContent } from '../../content/types';
import { messagesOf, perLocale } from '../../i18n/i18n';
import type { PositionQuestionName } from './position.schema';
import { positionMessages } from './position.messages';
import { positionSummary } from './position.summary.messages';

export const POSITION_LIMITS = {
  competencies: 2000,
  responsibilities: 2000,
  reportsTo: 200,
  evaluation: 1500,
  contributors: 1000,
  initialGoals: 2000,
  careerLadder: 1000,
} as const;

export const SEARCH_TYPE_VALUES = ['internal', 'external', 'both'] as const;

export const positionContent = perLocale(() => {
  const t = messagesOf(positionMessages);
  const items = [
    { id: 'jobDescription', ...t.items.jobDescription, source: 'steps' },
    { id: 'stakeholdersShaped', ...t.items.stakeholdersShaped, source: 'steps' },
    { id: 'descriptionShared', ...t.items.descriptionShared, source: 'steps' },
    { id: 'goalsSet', ...t.items.goalsSet, source: 'steps' },
    { id: 'goalsUnderstood', ...t.items.goalsUnderstood, source: 'steps' },
    { id: 'talentPool', ...t.items.talentPool, source: 'steps' },
    { id: 'searchApproach', ...t.items.searchApproach, source: 'steps' },
    // Career ladders are step 6 of the "steps" page (filling posts internally advances strong teachers).
    { id: 'careerLadder', ...t.items.careerLadder, source: 'steps' },
  ] as const satisfies readonly ReadinessItem[];

  const questions = [
    {
      name: 'competencies',
      kind: 'longText',
      label: t.questions.competencies.label,
      hint: t.questions.competencies.hint,
      maxLength: POSITION_LIMITS.competencies,
      source: 'steps',
    },
    {
      name: 'responsibilities',
      kind: 'longText',
      label: t.questions.responsibilities.label,
      maxLength: POSITION_LIMITS.responsibilities,
      source: 'steps',
    },
    {
      name: 'reportsTo',
      kind: 'text',
      label: t.questions.reportsTo.label,
      hint: t.questions.reportsTo.hint,
      maxLength: POSITION_LIMITS.reportsTo,
      source: 'steps',
    },
    {
      name: 'evaluation',
      kind: 'longText',
      label: t.questions.evaluation.label,
      maxLength: POSITION_LIMITS.evaluation,
      source: 'steps',
    },
    {
      name: 'contributors',
      kind: 'longText',
      label: t.questions.contributors.label,
      maxLength: POSITION_LIMITS.contributors,
      source: 'steps',
    },
    {
      name: 'initialGoals',
      kind: 'longText',
      label: t.questions.initialGoals.label,
      maxLength: POSITION_LIMITS.initialGoals,
      source: 'steps',
    },
    {
      name: 'search',
      kind: 'radio',
      label: t.questions.search.label,
      // Each option's label, and a hint where it has one.
      options: SEARCH_TYPE_VALUES.map((value) => ({ value, ...t.questions.search.options[value] })),
      source: 'steps',
    },
    {
      name: 'careerLadder',
      kind: 'longText',
      label: t.questions.careerLadder.label,
      maxLength: POSITION_LIMITS.careerLadder,
      source: 'steps',
    },
  ] as const satisfies readonly Question<PositionQuestionName>[];

  return {
    number: 6,
    ...messagesOf(positionSummary),
    source: 'steps',
    items,
    questions,
    discussionPrompts: t.discussionPrompts,
  } as const satisfies StepContent<(typeof items)[number]['id'], PositionQuestionName>;
});

export type PositionItemId = ReturnType<typeof positionContent>['items'][number]['id'];
