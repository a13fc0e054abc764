/**
 * Building blocks of the stages' schemas. Error messages are functions, read when an answer is checked, so
 * they come out in the language on screen at that moment; `{max}` in a message is filled with the limit,
 * formatted for that language.
 */
import { z } from 'zod';
import { RATINGS } from '../content/levels';
import type { ReadinessItem } from '../content/types';
import { formatNumber } from '../i18n/format';
import { fill, messagesOf } from '../i18n/i18n';
import { stageMessages } from './stages.messages';

/** A validation message in the active language, e.g. () => messagesOf(needsMessages).errors.assets. */
export type Message = () => string;

/** Shared limits; each stage names its own where a field needs a different one. */
export const NOTES_MAX = 1000;
export const SHORT_TEXT_MAX = 200;
export const LONG_TEXT_MAX = 2000;

const withMax = (message: Message, max: number) => () => fill(message(), { max: formatNumber(max) });

/**
 * Optional free text. Blank and whitespace-only answers are stored as "".
 * `tooLong` says what to do, with `{max}` for the limit: "Enter assets of at most {max} characters".
 */
export function optionalText(max: number, tooLong: Message) {
  return z.string().trim().max(max, { error: withMax(tooLong, max) }).default('');
}

/** `missing` asks for the answer ("Enter the name of your school or district"); `tooLong` as above. */
export function requiredText(max: number, missing: Message, tooLong: Message) {
  return z
    .string({ error: missing })
    .trim()
    .min(1, { error: missing })
    .max(max, { error: withMax(tooLong, max) });
}

export function optionalChoice<const V extends readonly [string, ...string[]]>(values: V) {
  // An unanswered radio or select arrives as "" or null; both mean "not answered".
  return z.preprocess((v) => (v === null || v === undefined ? '' : v), z.enum([...values, ''])).default('');
}

export function requiredChoice<const V extends readonly [string, ...string[]]>(values: V, message: Message) {
  return z.enum(values, { error: message });
}

export function checkboxes<const V extends readonly [string, ...string[]]>(
  values: V,
  min = 0,
  message: Message = () => '',
) {
  // react-hook-form gives `false` for an untouched checkbox group, and a string for a single box.
  const list = z.preprocess(
    (v) => (Array.isArray(v) ? v : typeof v === 'string' ? [v] : []),
    z.array(z.enum(values)),
  );
  return min > 0 ? list.pipe(z.array(z.enum(values)).min(min, { error: message })) : list;
}

const ratingSchema = (statement: () => string) =>
  z.object({
    level: z.enum(RATINGS, { error: () => messagesOf(stageMessages).chooseLevel({ statement: statement() }) }),
    notes: optionalText(NOTES_MAX, () => messagesOf(stageMessages).notesTooLong),
  });

export type RatingAnswer = z.infer<ReturnType<typeof ratingSchema>>;

/**
 * One rating (level + optional evidence) per readiness item, keyed by the item's id. `items` gives the
 * step's worded items: their ids now, their statements (for the message) when an answer is checked.
 */
export function ratingsSchema<const Id extends string>(items: () => readonly ReadinessItem<Id>[]) {
  const statementOf = (id: Id) => () => items().find((item) => item.id === id)?.statement ?? id;
  const shape = Object.fromEntries(items().map((item) => [item.id, ratingSchema(statementOf(item.id))]));
  return z.object(shape as Record<Id, ReturnType<typeof ratingSchema>>);
}

/**
 * Ratings as saved in the browser or a plan file: an item added since they were saved is simply unrated, and a
 * damaged rating is dropped, so a change of content never costs the step's other answers. (Ratings of items
 * that no longer exist are dropped as unknown keys.)
 */
export function savedRatingsSchema<const Id extends string>(items: () => readonly ReadinessItem<Id>[]) {
  const statementOf = (id: Id) => () => items().find((item) => item.id === id)?.statement ?? id;
  const shape = Object.fromEntries(
    items().map((item) => [item.id, ratingSchema(statementOf(item.id)).optional().catch(undefined)]),
  );
  // Ratings that are not an object at all still fail the step, as any other damaged part does.
  return z.object(shape as Record<Id, z.ZodCatch<z.ZodOptional<ReturnType<typeof ratingSchema>>>>);
}


/**
 * A schema made on first use, then kept. Making every step's schemas when the forms' chunk loads cost a
 * cold start about a fifth of its script at 4× CPU throttling (zod builds each schema's internals eagerly);
 * the first form needs only its own (docs/decisions/0012-first-paint-and-first-field.md).
 */
export function built<Schema>(make: () => Schema): () => Schema {
  let schema: Schema | undefined;
  return () => (schema ??= make());
}
