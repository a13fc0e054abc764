/**
 * Taking over the start page that index.html carries prerendered (docs/decisions/0012-first-paint-and-first-field.md).
 * public/start-page-early.js runs first: it says whether that copy is this visitor's first screen and holds any
 * click made on it before the app's script has run.
 */
import { isMode, type Mode } from '../stages/stage-order';

interface EarlyStart {
  /** The prerendered start page is this visitor's first screen (first visit, English, at "/"). */
  applies: boolean;
  /** The button or link clicked on the prerendered page, not yet acted on. */
  clicked: Element | null;
  /** The app owns the page: the early script stops holding clicks. */
  takenOver: boolean;
}

declare global {
  interface Window {
    __startPageEarly?: EarlyStart;
  }
}

const early = (): EarlyStart | undefined => window.__startPageEarly;

export const prerenderApplies = (): boolean => early()?.applies === true;

export const clickedEarly = (): boolean => Boolean(early()?.clicked);

/**
 * "Start a full plan" or "Start a quick check" (data-start-mode) clicked before the app took over: the app then
 * opens the first form directly, without first adopting the start page. Taken once.
 */
export function takeEarlyStartMode(): Mode | null {
  const state = early();
  const mode = state?.clicked?.getAttribute('data-start-mode');
  if (!state || !isMode(mode)) return null;
  state.clicked = null;
  return mode;
}

/** The app now owns the page: replay any other click made on the prerendered page before it did. */
export function takeOverFromPrerender(): void {
  const state = early();
  if (!state) return;
  state.takenOver = true;
  document.documentElement.removeAttribute('data-boot');
  const clicked = state.clicked;
  state.clicked = null;
  if (clicked instanceof HTMLElement && clicked.isConnected) clicked.click();
}
