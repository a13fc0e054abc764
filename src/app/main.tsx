// Must stay the first import: it configures zod before any schema parses (see zod-config.ts).
import './zod-config';
import '../i18n/load-catalog';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { appStoreHydrated, useAppStore } from '../store/app-store';
import { STORAGE_KEY } from '../store/persist-keys';
import { local } from '../store/safe-storage';
import { AppRoot } from './app-root';
import { currentLocale } from '../i18n/locale';
import { viewAtLoad } from './address-sync';
import { prepareLocale } from '../i18n/i18n';
import { warmFormatters } from '../i18n/format';
import { whenIdle } from '../lib/when-idle';
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
// the forms while the browser is idle (or on hover/focus of a start button, see start-page.tsx).
// A click on the prerendered start page before this script ran (public/start-page-early.js) is most likely
// "Start a full plan" or "Quick check": load the forms alongside the checks, as for a returning visitor.
const early = window.__startPageEarly;
if (hasSavedAnswers() || early?.clicked) void loadWizard().catch(() => {}); // alongside the checks
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

void ready.then(() => {
  const app = <AppRoot unknownAddressAtLoad={addressView === null} onFirstCommit={takeOverFromPrerender} />;
  // index.html holds the start page as a first-time visitor sees it in English (docs/decisions/0012-…). When
  // that is what this visitor sees too, React adopts it as it is; otherwise it is drawn afresh.
  const prerenderFits =
    root.hasAttribute('data-prerendered') &&
    early?.applies === true &&
    addressView?.name === 'start' &&
    useAppStore.getState().view.name === 'start' &&
    currentLocale() === 'en';
  if (prerenderFits) {
    hydrateRoot(root, app, {
      // Should the adopted page differ after all (e.g. storage turned out to be blocked), React draws it afresh.
      onRecoverableError: (error) => console.warn('The prerendered start page was drawn again:', error),
    });
  } else {
    root.removeAttribute('data-prerendered');
    root.replaceChildren();
    createRoot(root).render(app);
  }
  whenIdle(() => {
    warmFormatters(); // so the first click's screen does not pay for the locale data (format.ts)
    void loadWizard()
      .then(() => whenIdle(() => void loadResults().catch(() => {})), () => {})
      .finally(registerOffline);
  });
});

/**
 * Offline support (issue #6), production builds only: the dev server has no service worker, and a
 * stale one would serve old code there. After the wizard chunk, so the worker's precache downloads
 * never compete with what the user is about to need.
 */
function registerOffline(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  void import('../features/offline/register-service-worker').then((m) => m.registerServiceWorker()).catch(() => {});
}

/** The app now owns the page: replay a click made on the prerendered start page before it did. */
function takeOverFromPrerender(): void {
  if (!early) return;
  early.takenOver = true;
  document.documentElement.removeAttribute('data-boot');
  const clicked = early.clicked;
  early.clicked = null;
  if (clicked instanceof HTMLElement && clicked.isConnected) clicked.click();
}

declare global {
  interface Window {
    /** Set by public/start-page-early.js, before the app's script. */
    __startPageEarly?: { applies: boolean; clicked: Element | null; takenOver: boolean };
  }
}
