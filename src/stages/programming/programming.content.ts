/**
 * Step 3's content as data: ids, option values, limits and source pages, here in one place; the wording comes
 * from programming.messages.ts in the active language. The schema derives its option values from this file.
 */
import type { Question, ReadinessItem, StepContent } from '../../content/types';
import { messagesOf, perLocale } from '../../i18n/i18n';
import { choiceOptions } from '../choice-options';
import type { ProgrammingQuestionName } from './programming.schema';
import { programmingMessages } from './programming.messages';
import { programmingSummary } from './programming.summary.messages';

export const PROGRAMMING_LIMITS = { models: 1500, peers: 1500, goals: 1500, stateGuidesOther: 300 } as const;

/** State guides the "steps" page names as examples (not endorsed as proven by its authors). */
export const STATE_GUIDES = [
  'tStemBlueprint',
  'southCarolinaContinuum',
  'northCarolinaRubrics',
  'northCarolinaDistinction',
  // Any other guide the team used, named in the text box that appears when this is chosen.
  'other',
] as const;
export type StateGuideValue = (typeof STATE_GUIDES)[number];

/** The state guides, worded in the active language (the plan lists the ones the team reviewed). */
export const stateGuideOptions = perLocale(() => {
  const guides = messagesOf(programmingMessages).questions.stateGuides;
  return choiceOptions(STATE_GUIDES, guides.options, guides.optionHints);
});

export const programmingContent = perLocale(() => {
  const t = messagesOf(programmingMessages);
  const items = [
    { id: 'modelsExplored', ...t.items.modelsExplored, source: 'steps' },
    { id: 'peersConsulted', ...t.items.peersConsulted, source: 'steps' },
    { id: 'stateGuidesReviewed', ...t.items.stateGuidesReviewed, source: 'steps' },
    { id: 'goalsLinked', ...t.items.goalsLinked, source: 'steps' },
  ] as const satisfies readonly ReadinessItem[];

  const questions = [
    {
      name: 'models',
      kind: 'longText',
      label: t.questions.models.label,
      maxLength: PROGRAMMING_LIMITS.models,
      source: 'steps',
    },
    {
      name: 'peers',
      kind: 'longText',
      label: t.questions.peers.label,
      maxLength: PROGRAMMING_LIMITS.peers,
      source: 'steps',
    },
    {
      name: 'stateGuides',
      kind: 'checkboxes',
      label: t.questions.stateGuides.label,
      hint: t.questions.stateGuides.hint,
      options: stateGuideOptions(),
      source: 'steps',
    },
    {
      name: 'stateGuidesOther',
      kind: 'text',
      label: t.questions.stateGuidesOther.label,
      hint: t.questions.stateGuidesOther.hint,
      maxLength: PROGRAMMING_LIMITS.stateGuidesOther,
      source: 'steps',
      showWhen: { name: 'stateGuides', value: 'other' },
    },
    {
      name: 'goals',
      kind: 'longText',
      label: t.questions.goals.label,
      maxLength: PROGRAMMING_LIMITS.goals,
      source: 'steps',
    },
  ] as const satisfies readonly Question<ProgrammingQuestionName>[];

  return {
    number: 3,
    ...messagesOf(programmingSummary),
    source: 'steps',
    items,
    questions,
    discussionPrompts: t.discussionPrompts,
  } as const satisfies StepContent<(typeof items)[number]['id'], ProgrammingQuestionName>;
});

export type ProgrammingItemId = ReturnType<typeof programmingContent>['items'][number]['id'];
