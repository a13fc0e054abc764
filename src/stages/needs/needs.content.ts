/**
 * Step 1's content as data: ids, option values, limits and source pages, here in one place; the wording comes
 * from needs.messages.ts in the active language. The schema derives its option values from this file.
 */
import type { Question, ReadinessItem, StepContent } from '../../content/types';
import { messagesOf, perLocale } from '../../i18n/i18n';
import type { NeedsQuestionName } from './needs.schema';
import { needsMessages } from './needs.messages';
import { needsSummary } from './needs.summary.messages';

export const NEEDS_LIMITS = { summary: 2000, assets: 1500, barriers: 1500, existingRoles: 1500 } as const;

export const NEEDS_METHODS = ['instructional', 'fiscal', 'facility', 'expertise', 'stakeholderSurvey'] as const;

export const needsContent = perLocale(() => {
  const t = messagesOf(needsMessages);
  const items = [
    { id: 'currentVsVision', ...t.items.currentVsVision, source: 'steps' },
    { id: 'resourceInventory', ...t.items.resourceInventory, source: 'steps' },
    { id: 'assetsAndBarriers', ...t.items.assetsAndBarriers, source: 'steps' },
    { id: 'addedValue', ...t.items.addedValue, source: 'steps' },
  ] as const satisfies readonly ReadinessItem[];

  const questions = [
    {
      name: 'methods',
      kind: 'checkboxes',
      label: t.questions.methods.label,
      hint: t.questions.methods.hint,
      options: NEEDS_METHODS.map((value) => ({ value, label: t.questions.methods.options[value] })),
      source: 'steps',
    },
    {
      name: 'currentState',
      kind: 'longText',
      label: t.questions.currentState.label,
      maxLength: NEEDS_LIMITS.summary,
      source: 'steps',
    },
    {
      name: 'assets',
      kind: 'longText',
      label: t.questions.assets.label,
      hint: t.questions.assets.hint,
      maxLength: NEEDS_LIMITS.assets,
      source: 'steps',
    },
    {
      name: 'barriers',
      kind: 'longText',
      label: t.questions.barriers.label,
      maxLength: NEEDS_LIMITS.barriers,
      source: 'steps',
    },
    {
      name: 'existingRoles',
      kind: 'longText',
      label: t.questions.existingRoles.label,
      hint: t.questions.existingRoles.hint,
      maxLength: NEEDS_LIMITS.existingRoles,
      source: 'steps',
    },
  ] as const satisfies readonly Question<NeedsQuestionName>[];

  return {
    number: 1,
    ...messagesOf(needsSummary),
    source: 'steps',
    items,
    questions,
    discussionPrompts: t.discussionPrompts,
  } as const satisfies StepContent<(typeof items)[number]['id'], NeedsQuestionName>;
});

export type NeedsItemId = ReturnType<typeof needsContent>['items'][number]['id'];
