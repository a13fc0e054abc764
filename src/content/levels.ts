import { levelMessages } from './content.messages';
/**
 * The four-level continuum is the one the North Carolina STEM attribute rubrics use
 * (Early, Developing, Prepared, Model), cited on the "steps" seed page.
 */
export const LEVELS = ['early', 'developing', 'prepared', 'model'] as const;
export type Level = (typeof LEVELS)[number];

export const NOT_SURE = 'unsure' as const;
export const RATINGS = [...LEVELS, NOT_SURE] as const;
export type Rating = (typeof RATINGS)[number];

/** A level's name in the active language ("Developing" / "En desarrollo"). */
export function ratingLabel(rating: Rating): string {
  return levelMessages.get()[rating];
}

export function isLevel(rating: Rating | undefined): rating is Level {
  return rating !== undefined && rating !== NOT_SURE;
}
