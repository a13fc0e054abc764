/**
 * Step 5's content as data: ids, option values, limits and source pages, here in one place; the wording comes
 * from sustainability.messages.ts in the active language. The schema derives its option values from this file.
 */
import type { ChoiceOption, Question, ReadinessItem, StepContent } from '../../content/types';
import { messagesOf, perLocale } from '../../i18n/i18n';
import type { SustainabilityQuestionName } from './sustainability.schema';
import { sustainabilityMessages } from './sustainability.messages';
import { sustainabilitySummary } from './sustainability.summary.messages';

export const SUSTAINABILITY_LIMITS = { transition: 2000, elements: 1500, partners: 1500, fundingNote: 300 } as const;

/** The rows of the funding grid: the plan covers three years. */
export const PLAN_YEAR_VALUES = ['year1', 'year2', 'year3'] as const;

export const FUNDING_SOURCE_VALUES = ['grant', 'recurring', 'partner', 'mixed', 'unknown'] as const;
export type FundingSourceValue = (typeof FUNDING_SOURCE_VALUES)[number];

/** The plan's years, worded in the active language. */
export const planYears = perLocale(() => {
  const rows = messagesOf(sustainabilityMessages).questions.fundingByYear.rows;
  return PLAN_YEAR_VALUES.map((value) => ({ value, label: rows[value] }) satisfies ChoiceOption);
});

/** The funding sources a year can rely on, worded in the active language. */
export const fundingSources = perLocale(() => {
  const options = messagesOf(sustainabilityMessages).questions.fundingByYear.columns.source.options;
  return FUNDING_SOURCE_VALUES.map((value) => ({ value, label: options[value] }) satisfies ChoiceOption);
});

export const sustainabilityContent = perLocale(() => {
  const t = messagesOf(sustainabilityMessages);
  const items = [
    { id: 'plannedBeforeLaunch', ...t.items.plannedBeforeLaunch, source: 'steps' },
    { id: 'recurringFunding', ...t.items.recurringFunding, source: 'steps' },
    { id: 'elementsToSustain', ...t.items.elementsToSustain, source: 'steps' },
    { id: 'partnersAsAmbassadors', ...t.items.partnersAsAmbassadors, source: 'steps' },
    { id: 'storytelling', ...t.items.storytelling, source: 'steps' },
  ] as const satisfies readonly ReadinessItem[];

  const funding = t.questions.fundingByYear;
  const questions = [
    {
      name: 'fundingByYear',
      kind: 'grid',
      label: funding.label,
      hint: funding.hint,
      rows: planYears(),
      columns: [
        {
          name: 'source',
          kind: 'select',
          label: funding.columns.source.label,
          options: fundingSources(),
          source: 'steps',
        },
        {
          name: 'note',
          kind: 'text',
          label: funding.columns.note.label,
          maxLength: SUSTAINABILITY_LIMITS.fundingNote,
          source: 'steps',
        },
      ],
      source: 'steps',
    },
    {
      name: 'transition',
      kind: 'longText',
      label: t.questions.transition.label,
      maxLength: SUSTAINABILITY_LIMITS.transition,
      source: 'steps',
    },
    {
      name: 'elementsToSustain',
      kind: 'longText',
      label: t.questions.elementsToSustain.label,
      maxLength: SUSTAINABILITY_LIMITS.elements,
      source: 'steps',
    },
    {
      name: 'partners',
      kind: 'longText',
      label: t.questions.partners.label,
      hint: t.questions.partners.hint,
      maxLength: SUSTAINABILITY_LIMITS.partners,
      source: 'steps',
    },
  ] as const satisfies readonly Question<SustainabilityQuestionName>[];

  return {
    number: 5,
    ...messagesOf(sustainabilitySummary),
    source: 'steps',
    items,
    questions,
    discussionPrompts: t.discussionPrompts,
  } as const satisfies StepContent<(typeof items)[number]['id'], SustainabilityQuestionName>;
});

export type SustainabilityItemId = ReturnType<typeof sustainabilityContent>['items'][number]['id'];
