/**
 * Step 7's content as data: ids, option values, limits and source pages, here in one place; the wording comes
 * from support.messages.ts in the active language. The schema derives its option values from this file.
 */
import type { ChoiceOption, Question, ReadinessItem, StepContent } from '../../content/types';
import { messagesOf, perLocale } from '../../i18n/i18n';
import type { SupportQuestionName } from './support.schema';
import { supportMessages } from './support.messages';
import { supportSummary } from './support.summary.messages';

export const SUPPORT_LIMITS = { plannedSupport: 500, timeline: 120, otherSupports: 1500 } as const;

/**
 * The six areas new STEM teacher leaders most often say they need support in ("steps" page, step 7). Each is
 * a row of the development plan and a rated item, under the same id.
 */
export const SUPPORT_AREA_VALUES = [
  'leadership',
  'adultLearners',
  'innovativeInstruction',
  'communityIndustry',
  'advocacy',
  'resourceDevelopment',
] as const;
export type SupportAreaValue = (typeof SUPPORT_AREA_VALUES)[number];

export const PRIORITY_VALUES = ['high', 'medium', 'low'] as const;

/** The six areas with their labels and hints in the active language. */
export const supportAreas = perLocale(() => {
  const rows = messagesOf(supportMessages).questions.pdPlan.rows;
  return SUPPORT_AREA_VALUES.map((value) => ({ value, ...rows[value] }) satisfies ChoiceOption);
});

/** The priorities an area can be given, worded in the active language. */
export const priorities = perLocale(() => {
  const options = messagesOf(supportMessages).questions.pdPlan.columns.priority.options;
  return PRIORITY_VALUES.map((value) => ({ value, label: options[value] }) satisfies ChoiceOption);
});

export const supportContent = perLocale(() => {
  const t = messagesOf(supportMessages);
  const items = SUPPORT_AREA_VALUES.map(
    (id) =>
      ({
        id,
        ...t.items[id],
        source: 'steps',
      }) as const satisfies ReadinessItem<SupportAreaValue>,
  );

  const plan = t.questions.pdPlan;
  const questions = [
    {
      name: 'pdPlan',
      kind: 'grid',
      label: plan.label,
      hint: plan.hint,
      rows: supportAreas(),
      columns: [
        {
          name: 'priority',
          kind: 'select',
          label: plan.columns.priority.label,
          options: priorities(),
          source: 'steps',
        },
        {
          name: 'plannedSupport',
          kind: 'text',
          label: plan.columns.plannedSupport.label,
          maxLength: SUPPORT_LIMITS.plannedSupport,
          source: 'steps',
        },
        {
          name: 'timeline',
          kind: 'text',
          label: plan.columns.timeline.label,
          maxLength: SUPPORT_LIMITS.timeline,
          source: 'steps',
        },
      ],
      source: 'steps',
    },
    {
      name: 'otherSupports',
      kind: 'longText',
      label: t.questions.otherSupports.label,
      hint: t.questions.otherSupports.hint,
      maxLength: SUPPORT_LIMITS.otherSupports,
      source: 'elementary',
    },
  ] as const satisfies readonly Question<SupportQuestionName>[];

  return {
    number: 7,
    ...messagesOf(supportSummary),
    source: 'steps',
    items,
    questions,
    discussionPrompts: t.discussionPrompts,
  } as const satisfies StepContent<SupportAreaValue, SupportQuestionName>;
});

export type SupportItemId = ReturnType<typeof supportContent>['items'][number]['id'];
