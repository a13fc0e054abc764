/**
 * The source every question, descriptor and recommendation traces to. Each page is named by its title, so a
 * reviewer can find the sentence behind any item. The wording (and, in Spanish, a gloss beside the English
 * citation) is in content.messages.ts.
 */
import { fill } from '../i18n/i18n';
import { sourceMessages } from './content.messages';

export const SEED_PAGE_KEYS = ['benefits', 'steps', 'elementary', 'integrated', 'roles'] as const;
export type SeedPageKey = (typeof SEED_PAGE_KEYS)[number];

/** The source's English title, a citation in every language. */
export const sourceTitle = (): string => sourceMessages.get().title;

/** "Building STEM Teacher Leadership" plus, outside English, a gloss in the active language. */
export function sourceTitleWithGloss(): string {
  const { title, titleGloss } = sourceMessages.get();
  return titleGloss ? `${title} (${titleGloss})` : title;
}

export const sourceSubtitle = (): string => sourceMessages.get().subtitle;

/** A source page's English title, with a gloss in the active language where there is one. */
export function sourcePageText(page: SeedPageKey): string {
  const { pages, pageGloss } = sourceMessages.get();
  return pageGloss[page] ? `${pages[page]} (${pageGloss[page]})` : pages[page];
}

/** "Building STEM Teacher Leadership: “What steps could guide …?”" */
export function sourceLabel(page: SeedPageKey): string {
  return fill(sourceMessages.get().citation, { title: sourceTitle(), page: `“${sourcePageText(page)}”` });
}
