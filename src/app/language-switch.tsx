import { useState } from 'react';
import { useMessages } from '../i18n/i18n';
import { setLocale } from '../i18n/i18n';
import { isLocale } from '../i18n/locale';
import { languageMessages } from './app.messages';

export const LANGUAGE_SWITCH_ID = 'language-switch';

/**
 * One button that offers the other language, named in that language ("Español" / "English"), with its
 * accessible name in both. The Spanish catalog loads on the click; the app then redraws in the new language
 * and focus comes back to this button (see LocaleRoot).
 */
export function LanguageSwitch() {
  const t = useMessages(languageMessages);
  const [busy, setBusy] = useState(false);
  const target = t.switchToLang;
  return (
    <button
      type="button"
      id={LANGUAGE_SWITCH_ID}
      className="button button--small button--secondary language-switch"
      lang={target}
      aria-label={t.switchLabel}
      aria-busy={busy || undefined}
      onClick={() => {
        if (!isLocale(target)) return;
        setBusy(true);
        setLocale(target).finally(() => setBusy(false));
      }}
    >
      {t.switchTo}
    </button>
  );
}
