/**
 * The seven steps in order, with their worded content, for screens that show all seven alike: the start page's
 * overview, the presentation view and the printable worksheets. Order and wording come from stage-list.ts, so
 * there is one source for both; each list is built once per language.
 */
import type { StepContent } from '../content/types';
import { perLocale } from '../i18n/i18n';
import { STEP_IDS, stepContent, type StepId } from './stage-list';

export interface StepSummary {
  id: StepId;
  title: string;
  purpose: string;
}

export interface StepEntry {
  id: StepId;
  content: StepContent;
}

/** Every step's full content in order, in the active language. */
export const stepEntries = perLocale((): readonly StepEntry[] =>
  STEP_IDS.map((id) => ({ id, content: stepContent(id) })),
);

/** Every step's title and purpose in order, in the active language (the start page's summary). */
export const stepOverview = perLocale((): readonly StepSummary[] =>
  stepEntries().map(({ id, content }) => ({ id, title: content.title, purpose: content.purpose })),
);
