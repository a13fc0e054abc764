// Must stay the first import: it configures zod before any schema parses (see zod-config.ts).
import './zod-config';
import '../i18n/load-catalog';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { appStoreHydrated, useAppStore } from '../store/app-store';
import { STORAGE_KEY } from '../store/persist-keys';
import { local } from '../store/safe-storage';
import { AppRoot } from './app-root';
import { currentLocale } from '../i18n/locale';
import { pathOfView } from '../store/view-path';
import type { Mode } from '../stages/stage-order';
import {
  clickedEarly,
  earlyStartMode,
  endEarlyStart,
  FIRST_FORM_VIEW,
  firstFormShown,
  prerenderApplies,
  takeOverFromPrerender,
} from './prerender-takeover';
import { viewAtLoad } from './address-sync';
import { prepareLocale } from '../i18n/i18n';
import { warmFormatters } from '../i18n/format';
import { whenIdle } from '../lib/when-idle';
import { PAUSE_MS, whenLeftAlone } from '../lib/when-left-alone';
import { warmDateControl } from '../lib/warm-date-control';
import { loadResults, loadRoom, loadWizard } from './lazy-screens';
import { loadWorkshop } from './lazy-workshop';
import { setViewPreloader } from '../store/navigation';
import type { View } from '../store/navigation-slice';
import './styles.css';

/** Blocked storage throws on access; safe-storage then explains it, so here it just means "no". */
function hasSavedAnswers(): boolean {
  try {
    return local()?.getItem(STORAGE_KEY) != null;
  } catch {
    return false;
  }
}

const root = document.getElementById('root');
if (!root) throw new Error('The page is missing its #root element.');

// A returning visitor (saved answers) usually goes straight back to a form: load it with the saved data
// and render once, so there is no loading state. A first visit renders the start page at once and loads
// the forms while the browser is idle (or on hover/focus of a start button, see start-page.tsx), unless a
// start button was clicked on the prerendered page before this script ran.
if (hasSavedAnswers() || clickedEarly()) void loadWizard().catch(() => {}); // alongside the checks
const loadFirstFormCarry = () => import('./first-form-carry');
/** Wanted only if a start button was clicked early, which may since have shown the first form's copy. */
const firstFormCarry = clickedEarly() ? loadFirstFormCarry() : null;
/** The chunk that draws each view; features ask for views by name through store/navigation.ts. */
function loadScreenFor({ name }: View): Promise<unknown> {
  if (name === 'start' || name === 'privacy') return Promise.resolve();
  if (name === 'presentation' || name === 'worksheets') return loadWorkshop();
  if (name === 'room' || name === 'room-present') return loadRoom();
  if (name === 'results' || name === 'plan' || name === 'progress' || name === 'snapshot') return loadResults();
  return loadWizard();
}
setViewPreloader(loadScreenFor);

// The address decides the first screen (reload keeps the screen, a shared link opens it); an address the app
// does not have shows "page not found" over the start page.
const addressView = viewAtLoad();
const ready: Promise<unknown> = Promise.all([
  prepareLocale(),
  appStoreHydrated().then(() => loadScreenFor(useAppStore.getState().view).catch(() => {})),
]);

void ready.then(async () => {
  // "Start a full plan" clicked on the prerendered page before now: open the first form straight away, as the
  // click would have, instead of first adopting the start page only to leave it.
  const earlyMode = earlyStartMode();
  if (earlyMode) await openFirstFormAtLoad(earlyMode);
  // That click may already show the form's prerendered copy, perhaps typed into: the app's form opens with it.
  const carrying = earlyMode && firstFormShown() ? await (firstFormCarry ?? loadFirstFormCarry()) : null;
  endEarlyStart(); // no await from the check above to here, so the copy cannot appear in between
  const carried = carrying?.carryOverFirstForm(root) ?? null;
  if (carried && Object.keys(carried.values).length > 0) useAppStore.getState().saveDraft('profile', carried.values);
  const onFirstCommit = () => {
    takeOverFromPrerender();
    if (carrying && carried) carrying.putBackFirstForm(root, carried);
    // As after any click that changes screen, keyboard and screen-reader users start at the new heading.
    else if (earlyMode) document.querySelector<HTMLElement>('main h1')?.focus();
  };
  const app = <AppRoot unknownAddressAtLoad={addressView === null} onFirstCommit={onFirstCommit} />;
  // index.html holds the start page as a first-time visitor sees it in English (docs/decisions/0012-…). When
  // that is what this visitor sees too, React adopts it as it is; otherwise it is drawn afresh.
  const prerenderFits =
    root.hasAttribute('data-prerendered') &&
    prerenderApplies() &&
    addressView?.name === 'start' &&
    useAppStore.getState().view.name === 'start' &&
    currentLocale() === 'en';
  if (prerenderFits) {
    hydrateRoot(root, app, {
      // Should the adopted page differ after all (e.g. storage turned out to be blocked), React draws it afresh.
      onRecoverableError: (error) => console.warn('The prerendered start page was drawn again:', error),
    });
  } else if (carried) {
    // Drawn in this same task, and the copy replaced only as React commits, so no keystroke falls in between.
    root.removeAttribute('data-prerendered');
    flushSync(() => createRoot(root).render(app));
  } else {
    root.removeAttribute('data-prerendered');
    root.replaceChildren();
    createRoot(root).render(app);
  }
  // The first form's date field, laid out once before it is needed. The start page has nothing to type in, so
  // there it need not wait for a pause in typing; anywhere else it waits like the other background work.
  const firstScreenIsStart = useAppStore.getState().view.name === 'start';
  whenLeftAlone(warmDateControl, firstScreenIsStart ? 0 : PAUSE_MS);
  whenIdle(() => {
    void loadWizard()
      .then(() => {
        // Both wait for a pause in typing: someone who reloads a saved step often types at once (whenLeftAlone).
        whenLeftAlone(warmFormatters, PAUSE_MS); // so the next screen does not pay for the locale data (format.ts)
        whenLeftAlone(() => void loadResults().catch(() => {}), PAUSE_MS);
      }, () => {})
      .finally(registerOffline);
  });
});

/** What the start button does, before the first render: the start page keeps its own entry in the history. */
async function openFirstFormAtLoad(mode: Mode): Promise<void> {
  const view = FIRST_FORM_VIEW;
  await loadScreenFor(view).catch(() => {});
  useAppStore.getState().chooseMode(mode);
  useAppStore.getState().goTo(view);
  window.history.pushState(null, '', pathOfView(view));
}

/**
 * Offline support (issue #6), production builds only: the dev server has no service worker, and a
 * stale one would serve old code there. After the wizard chunk, so the worker's precache downloads
 * never compete with what the user is about to need.
 */
function registerOffline(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  void import('../features/offline/register-service-worker').then((m) => m.registerServiceWorker()).catch(() => {});
}
