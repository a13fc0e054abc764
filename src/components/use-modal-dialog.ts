import { useEffect, useRef } from 'react';

/**
 * Opens and closes a native <dialog> as a modal with `open`. A modal dialog traps focus and closes on
 * Escape (its onClose must then set `open` to false). On opening, focus goes to the element marked
 * `data-autofocus` (React's autoFocus does not reach a dialog opened with showModal, which would
 * otherwise focus its first button, often the destructive one); on closing, it returns to whatever had
 * it before, if that is still on the page (not every browser restores it).
 */
export function useModalDialog(open: boolean) {
  const dialog = useRef<HTMLDialogElement>(null);
  const returnFocusTo = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      returnFocusTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      if (element.showModal) element.showModal();
      else element.setAttribute('open', ''); // jsdom has no showModal
      element.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    if (!open && element.open) {
      if (element.close) element.close();
      else element.removeAttribute('open');
      if (returnFocusTo.current?.isConnected) returnFocusTo.current.focus();
      returnFocusTo.current = null;
    }
  }, [open]);

  return dialog;
}
