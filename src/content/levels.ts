/**
 * The four-level continuum is the one the North Carolina STEM attribute rubrics use
 * (Early, Developing, Prepared, Model), cited on the "steps" seed page.
 */
export const LEVELS = ['early', 'developing', 'prepared', 'model'] as const;
export type Level = (typeof LEVELS)[number];

export const NOT_SURE = 'unsure' as const;
export const RATINGS = [...LEVELS, NOT_SURE] as const;
export type Rating = (typeof RATINGS)[number];

export const LEVEL_LABELS: Record<Rating, string> = {
  early: 'Early',
  developing: 'Developing',
  prepared: 'Prepared',
  model: 'Model',
  unsure: 'Not sure yet',
};

export function isLevel(rating: Rating | undefined): rating is Level {
  return rating !== undefined && rating !== NOT_SURE;
}
