/**
 * The interface language: English (the base, bundled with each screen) or Spanish (one lazy chunk, loaded
 * when chosen). The choice is a display preference, not part of a plan: it is kept under its own storage key
 * and never written into answers or plan files, so switching language never changes an answer.
 */
import { atom } from 'nanostores';

export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

/** The BCP 47 tag for Intl, <html lang> and the PDF: US English and US Spanish (US school and district leaders). */
export const LOCALE_TAGS: Record<Locale, string> = { en: 'en-US', es: 'es-US' };

export const LOCALE_STORAGE_KEY = 'stem-teacher-leadership-planner:locale';

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

/** Blocked or full storage must never stop the app: the choice then lasts for this visit only. */
function readSavedLocale(): Locale | undefined {
  try {
    const saved = globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY);
    return isLocale(saved) ? saved : undefined;
  } catch {
    return undefined;
  }
}

/** The browser's first language we have, for a first visit. */
function browserLocale(): Locale {
  const languages = globalThis.navigator?.languages ?? [];
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}

/** The active language. Change it with `setLocale` (in i18n.ts), which loads the catalog first. */
export const localeStore = atom<Locale>(readSavedLocale() ?? browserLocale());

export function saveLocale(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // the choice still applies to this visit
  }
}

export const currentLocale = (): Locale => localeStore.get();
export const currentLocaleTag = (): string => LOCALE_TAGS[localeStore.get()];
