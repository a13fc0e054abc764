import { useLayoutEffect } from 'react';
import { messagesOf } from '../i18n/i18n';
import { componentMessages } from './components.messages';

/** The app's name in the active language. */
export const appName = (): string => messagesOf(componentMessages).appName;

/** Titles the browser tab "{title} – {app}"; with `hasErrors`, "Error: {title} – {app}". */
export function useDocumentTitle(title: string, hasErrors = false): void {
  useLayoutEffect(() => {
    const t = messagesOf(componentMessages);
    const page = hasErrors ? t.documentTitleWithError({ page: title }) : title;
    document.title = t.documentTitle({ page, app: t.appName });
  }, [title, hasErrors]);
}
