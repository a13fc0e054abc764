/**
 * Taking over the pages that index.html carries prerendered (docs/decisions/0012-first-paint-and-first-field.md).
 * src/app/start-page-early.js runs first: it says whether the start page is this visitor's first screen, shows the
 * first form when a start button is clicked before the app's script has run, and holds any other early click.
 */
import { isMode, type Mode } from '../stages/stage-order';
import type { View } from '../store/navigation-slice';
import { twinOfRemoved } from './twin-element';

/** The form a start button opens: the build prerenders it (prerender.tsx) and the app opens it (main.tsx). */
export const FIRST_FORM_VIEW: View = { name: 'stage', stage: 'profile' };

export interface EarlyStart {
  /** The prerendered start page is this visitor's first screen (first visit, English, at "/"). */
  applies: boolean;
  /** The button or link clicked before the app took over, not yet acted on. */
  clicked: Element | null;
  /** "Start a full plan" or "Start a quick check" was clicked before the app took over: its mode. */
  startMode: string | null;
  /** That click showed the first form's prerendered copy, which may have been typed into since. */
  formShown: boolean;
  /**
   * The app is drawing its first screen (from endEarlyStart until takeOverFromPrerender): a start button clicked
   * now is held and replayed, not answered with the form's copy, which would replace the page React is adopting.
   */
  appDrawing?: boolean;
  /** The app owns the page: the early script stops holding clicks. */
  takenOver: boolean;
}

declare global {
  interface Window {
    __startPageEarly?: EarlyStart;
  }
}

export const early = (): EarlyStart | undefined => window.__startPageEarly;

export const prerenderApplies = (): boolean => early()?.applies === true;

export const clickedEarly = (): boolean => Boolean(early()?.clicked ?? early()?.startMode);

/** A start button has shown the first form's prerendered copy, which may have been typed into since. */
export const firstFormShown = (): boolean => early()?.formShown === true;

/** The mode of a start button clicked before the app took over; the app then opens the first form. */
export function earlyStartMode(): Mode | null {
  const mode = early()?.startMode;
  return isMode(mode) ? mode : null;
}

/**
 * From here on the app draws the first form itself: the early script no longer shows its copy (it may still be
 * waiting for the start page's first paint), and the start button's click is done.
 */
export function endEarlyStart(): void {
  const state = early();
  if (!state) return;
  state.appDrawing = true;
  state.startMode = null;
  if (state.clicked?.hasAttribute('data-start-mode')) state.clicked = null;
}

/** The app now owns the page: the early script stops holding clicks, and any click held on the start page is replayed. */
export function takeOverFromPrerender(): void {
  const state = early();
  if (!state) return;
  state.takenOver = true;
  document.documentElement.removeAttribute('data-boot');
  document.documentElement.removeAttribute('data-below-fold'); // the early script clears it too, after the first paint
  const clicked = state.clicked;
  state.clicked = null;
  if (!clicked) return;
  // Had React drawn the start page afresh instead of adopting it, the button clicked is gone: its twin is pressed.
  // Only on the start page: when the app opened another screen instead (a start button clicked since), the click
  // made last wins, as it would have on a page that was already working.
  const root = document.getElementById('root');
  const onStartPage = root?.getAttribute('data-prerendered') === 'start';
  const target = clicked.isConnected ? clicked : root && onStartPage ? twinOfRemoved(clicked, root) : null;
  if (target instanceof HTMLElement) target.click();
}
