/**
 * Message catalogs (docs/decisions/0007-i18n-library.md). Every user-visible string is defined with
 * `defineMessages(name, { … })` in a `*.messages.ts` file beside the code that shows it (English, the base
 * language), with its Spanish in `*.messages.es.ts` next to it. Keys are typed: a missing or misspelt key fails
 * the typecheck, and `Translation<typeof messages>` makes each Spanish file complete.
 *
 * Library: @nanostores/i18n (≈1 kB): CLDR plurals through Intl.PluralRules (`count`), `{name}` variables
 * (`params`, typed from the template), catalogs loaded on demand, no eval (works under the app's CSP).
 */
import { createI18n, count as libraryCount, strings, transform, type ComponentsJSON } from '@nanostores/i18n';
import type { ReadableAtom } from 'nanostores';
import { useStore } from '@nanostores/react';
import { currentLocale, localeStore, saveLocale, type Locale } from './locale';

const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * Plurals, as the library's `count` (CLDR categories via Intl.PluralRules), but with one PluralRules per
 * language: the library makes a new one per call, about a tenth of each key press's script in a long answer
 * (a profile of typing 200 characters; its character count is worded on every key).
 */
export const count = transform((locale: string, translation: Record<string, string>, num: number) => {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  let form: string = rules.select(num);
  if (!(form in translation)) form = 'other' in translation ? 'other' : 'many';
  return strings(translation[form]!, (text) => text.replace(/{count}/g, String(num)));
}) as unknown as typeof libraryCount;
export type { Locale };

/**
 * Where a language's catalog comes from. The app registers the lazy Spanish chunk (load-catalog.ts); the PDF
 * worker registers none and is handed the catalog with each job, so the worker bundle carries no copy of it.
 */
type CatalogLoader = (locale: Locale) => Promise<ComponentsJSON>;
let loadCatalog: CatalogLoader = async () => ({});

export function setCatalogLoader(loader: CatalogLoader): void {
  loadCatalog = loader;
}

/** The active language's catalog as loaded, to hand to a worker (undefined for English, the base). */
export function loadedCatalog(locale: Locale): ComponentsJSON | undefined {
  return locale === 'en' ? undefined : (i18n.cache[locale] as unknown as ComponentsJSON | undefined);
}

/** Use a catalog handed over from the page (in the PDF worker), then switch to its language. */
export function applyCatalog(locale: Locale, catalog: ComponentsJSON | undefined): void {
  if (catalog) i18n.cache[locale] = catalog as never;
  localeStore.set(locale);
}

export const i18n = createI18n(localeStore, {
  baseLocale: 'en',
  get: (locale) => loadCatalog(locale as Locale),
});

/**
 * What a catalog part may hold: strings, messages with variables or plurals, and (for content such as a step's
 * items) nested objects and lists of strings. The library merges a translation over the English per top-level
 * key, so a translation gives each nested value in full (the Translation type insists on it).
 */
export type MessageValue =
  | string
  | ((...args: never[]) => string)
  | readonly MessageValue[]
  | { readonly [key: string]: MessageValue };
export type MessageBody = Record<string, MessageValue>;

/** A named catalog part; the name is also its key in the Spanish catalog. */
export type NamedMessages<Name extends string, Body extends MessageBody> = ReadableAtom<Body> & { catalogName: Name };

export function defineMessages<const Name extends string, Body extends MessageBody>(
  name: Name,
  base: Body,
): NamedMessages<Name, Body> {
  // The library's own type allows only flat strings; nested values pass through it unchanged at run time.
  const store = i18n(name, base as never) as unknown as ReadableAtom<Body>;
  return Object.assign(store, { catalogName: name });
}

/** Current wording of a catalog part, for React components; re-renders when the language changes. */
export function useMessages<Body extends MessageBody>(messages: ReadableAtom<Body>): Body {
  return useStore(messages);
}

/** Current wording of a catalog part, outside React (schemas' messages, scoring reasons, PDF mapping). */
export function messagesOf<Body extends MessageBody>(messages: ReadableAtom<Body>): Body {
  return messages.get();
}

/** Replaces `{name}` in a template. Values are inserted as they are: `$` in a user's text is never special. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

type TemplateParams<S extends string> = S extends `${string}{${infer Param}}${infer Rest}`
  ? { [K in Param]: string | number } & TemplateParams<Rest>
  : unknown;

/**
 * A message with `{name}` variables, typed from the English template: `t.saved({ time })`. Like the library's
 * own `params`, but values go in through `fill`, so a `$&` in someone's organisation name stays as typed.
 */
export const params = transform((_locale: string, translation: string, values: Record<string, string | number>) =>
  fill(translation, values),
) as unknown as <const S extends string>(template: S) => (values: TemplateParams<S>) => string;

/** Load the language's catalog, then switch, so no screen shows a mix of languages. */
export async function setLocale(locale: Locale): Promise<void> {
  if (locale !== 'en' && !i18n.cache[locale]) {
    // The library types its cache loosely; it holds catalog parts by name, as loadCatalog returns them.
    i18n.cache[locale] = (await loadCatalog(locale)) as never;
  }
  saveLocale(locale);
  localeStore.set(locale);
}

/** Before the first render: a returning Spanish user sees Spanish from the first frame. */
export function prepareLocale(): Promise<void> {
  return setLocale(currentLocale()).catch(() => localeStore.set('en'));
}

/**
 * A value worded from the catalogs (a step's content, say), built once per language: the same object is
 * returned until the language changes, so it can be used in React dependencies and memos.
 */
export function perLocale<T>(build: () => T): () => T {
  let cached: { key: string; value: T } | undefined;
  return () => {
    // Keyed on the catalog too: content built (in English) before a returning user's Spanish catalog arrived
    // must be rebuilt once it has, although the language itself did not change.
    const locale = currentLocale();
    const key = `${locale}:${locale === 'en' || i18n.cache[locale] ? 'loaded' : 'loading'}`;
    if (cached?.key !== key) cached = { key, value: build() };
    return cached.value;
  };
}
