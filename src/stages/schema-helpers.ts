import { z } from 'zod';
import { RATINGS } from '../content/levels';
import type { ReadinessItem } from '../content/types';

/** Shared limits; each stage names its own where a field needs a different one. */
export const NOTES_MAX = 1000;
export const SHORT_TEXT_MAX = 200;
export const LONG_TEXT_MAX = 2000;

const formatCount = (n: number) => n.toLocaleString('en-US');

/** Optional free text. Blank and whitespace-only answers are stored as "". */
export function optionalText(max: number, what: string) {
  return z
    .string()
    .trim()
    .max(max, { error: `Enter ${what} of at most ${formatCount(max)} characters` })
    .default('');
}

export function requiredText(max: number, what: string) {
  return z
    .string({ error: `Enter ${what}` })
    .trim()
    .min(1, { error: `Enter ${what}` })
    .max(max, { error: `Enter ${what} of at most ${formatCount(max)} characters` });
}

export function optionalChoice<const V extends readonly [string, ...string[]]>(values: V) {
  // An unanswered radio or select arrives as "" or null; both mean "not answered".
  return z.preprocess((v) => (v === null || v === undefined ? '' : v), z.enum([...values, ''])).default('');
}

export function requiredChoice<const V extends readonly [string, ...string[]]>(
  values: V,
  message: string,
) {
  return z.enum(values, { error: message });
}

export function checkboxes<const V extends readonly [string, ...string[]]>(values: V, min = 0, message = '') {
  // react-hook-form gives `false` for an untouched checkbox group, and a string for a single box.
  const list = z.preprocess(
    (v) => (Array.isArray(v) ? v : typeof v === 'string' ? [v] : []),
    z.array(z.enum(values)),
  );
  return min > 0 ? list.pipe(z.array(z.enum(values)).min(min, { error: message })) : list;
}

const ratingSchema = (statement: string) =>
  z.object({
    level: z.enum(RATINGS, {
      error: `Choose a level for “${statement}”, or choose Not sure yet`,
    }),
    notes: optionalText(NOTES_MAX, 'evidence or notes'),
  });

export type RatingAnswer = z.infer<ReturnType<typeof ratingSchema>>;

/** One rating (level + optional evidence) per readiness item, keyed by the item's id. */
export function ratingsSchema<const Id extends string>(items: readonly ReadinessItem<Id>[]) {
  const shape = Object.fromEntries(items.map((item) => [item.id, ratingSchema(item.statement)]));
  return z.object(shape as Record<Id, ReturnType<typeof ratingSchema>>);
}
