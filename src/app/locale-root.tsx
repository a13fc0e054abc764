import { useStore } from '@nanostores/react';
import { useLayoutEffect, useRef } from 'react';
import { LOCALE_TAGS, localeStore } from '../i18n/locale';
import { App } from './app';
import { LANGUAGE_SWITCH_ID } from './language-switch';

/**
 * Draws the app in the active language. On a change of language the whole app is drawn afresh (keyed by
 * locale), so every screen, schema message and content object reads the new catalog; answers and drafts
 * live in the store, so nothing typed is lost, and focus returns to the language control.
 */
export function LocaleRoot({ unknownAddressAtLoad }: { unknownAddressAtLoad: boolean }) {
  const locale = useStore(localeStore);
  const first = useRef(true);
  useLayoutEffect(() => {
    document.documentElement.lang = LOCALE_TAGS[locale];
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById(LANGUAGE_SWITCH_ID)?.focus();
  }, [locale]);
  return <App key={locale} unknownAddressAtLoad={unknownAddressAtLoad} />;
}
