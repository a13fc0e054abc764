import { useLayoutEffect } from 'react';

export const APP_NAME = 'STEM Teacher Leadership Planner';

export function useDocumentTitle(title: string): void {
  useLayoutEffect(() => {
    document.title = `${title} – ${APP_NAME}`;
  }, [title]);
}
