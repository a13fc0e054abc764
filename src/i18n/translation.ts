/**
 * The shape a translation must have, derived from the English messages: same keys, nested alike, plural
 * forms where English has `count`. A Spanish file typed with it fails the typecheck when a key is missing,
 * misspelt or extra.
 */
import type { ReadableAtom } from 'nanostores';
import type { MessageBody, NamedMessages } from './i18n';

/** CLDR plural categories; Spanish and English use one / other (Spanish also "many" for large numbers). */
export interface PluralForms {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

type TranslationValue<V> = V extends string
  ? string
  : V extends (n: number) => unknown
    ? PluralForms
    : V extends (...args: never[]) => unknown
      ? string
      : V extends readonly (infer E)[]
        ? readonly TranslationValue<E>[]
        : { readonly [K in keyof V]: TranslationValue<V[K]> };

export type Translation<M extends ReadableAtom<MessageBody>> = M extends ReadableAtom<infer Body extends MessageBody>
  ? { readonly [K in keyof Body]: TranslationValue<Body[K]> }
  : never;

/** The default export of a `*.messages.es.ts` file: the translation under the catalog part's name. */
export type CatalogPart<M extends NamedMessages<string, MessageBody>> = {
  readonly [N in M['catalogName']]: Translation<M>;
};
