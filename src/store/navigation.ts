/**
 * Moving between screens from anywhere below the app layer. Screens live in lazily loaded chunks that only
 * `src/app/` knows about, so the app registers one preloader here and features ask for a view by name:
 * features never import `app/`, and there is no import cycle between a screen and its loader.
 */
import { useAppStore } from './app-store';
import type { View } from './navigation-slice';

type Preloader = (view: View) => Promise<unknown>;
let preloader: Preloader = () => Promise.resolve();

/** Called once by the app: how to load the chunk that draws a view. */
export function setViewPreloader(load: Preloader): void {
  preloader = load;
}

/** Start loading a view's screen (safe to call often: on hover, focus or idle). Never rejects. */
export function preloadView(view: View): Promise<void> {
  return preloader(view).then(
    () => undefined,
    () => undefined, // a failed load shows "Try again" on the screen itself
  );
}

/**
 * Go to a view once its screen has loaded (at once if it has), so no loading state flashes and focus lands
 * on the new heading. `before` runs just before the change, e.g. to choose the mode of a new assessment.
 */
export function openView(view: View, before?: () => void): void {
  void preloadView(view).then(() => {
    before?.();
    useAppStore.getState().goTo(view);
  });
}

/** Props for a link or button that leads to `view`: its screen starts loading as soon as it is pointed at. */
export function preloadOnIntent(view: View): { onPointerEnter: () => void; onFocus: () => void } {
  const load = () => void preloadView(view);
  return { onPointerEnter: load, onFocus: load };
}
