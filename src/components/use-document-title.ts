import { useLayoutEffect } from 'react';
import { messagesOf } from '../i18n/i18n';
import { componentMessages } from './components.messages';

/** The app's name in the active language. */
export const appName = (): string => messagesOf(componentMessages).appName;

export function useDocumentTitle(title: string): void {
  useLayoutEffect(() => {
    const t = messagesOf(componentMessages);
    document.title = t.documentTitle({ page: title, app: t.appName });
  }, [title]);
}
