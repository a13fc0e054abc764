import { useEffect, useRef } from 'react';

/** How long typing must pause before what was typed is kept. */
export const AUTOSAVE_DELAY_MS = 400;

/**
 * Keeps what is typed in every form (the stages, the decision, action rows, the job description): `save`
 * runs after a short pause in typing, and at once when the page is hidden or closed or the form goes away,
 * so nothing typed is lost without anyone pressing Save. `subscribe` is react-hook-form's `watch(callback)`.
 */
export function useAutosave(
  subscribe: (onChange: () => void) => { unsubscribe: () => void },
  save: () => void,
): void {
  // The latest `save`, so a re-render never restarts the timer or loses a pending save.
  const saveRef = useRef(save);
  saveRef.current = save;
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      clearTimeout(timer);
      timer = undefined;
      saveRef.current();
    };
    const subscription = subscribe(() => {
      clearTimeout(timer);
      timer = setTimeout(flush, AUTOSAVE_DELAY_MS);
    });
    const onHidden = () => {
      if (document.visibilityState === 'hidden' && timer !== undefined) flush();
    };
    const onUnload = () => {
      if (timer !== undefined) flush();
    };
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', onUnload);
    window.addEventListener('beforeunload', onUnload);
    return () => {
      subscription.unsubscribe();
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', onUnload);
      window.removeEventListener('beforeunload', onUnload);
      if (timer !== undefined) flush();
    };
  }, [subscribe]);
}
