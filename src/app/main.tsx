// Must stay the first import: it configures zod before any schema parses (see zod-config.ts).
import './zod-config';
import '../i18n/load-catalog';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { appStoreHydrated, useAppStore } from '../store/app-store';
import { STORAGE_KEY } from '../store/persist-keys';
import { local } from '../store/safe-storage';
import { LocaleRoot } from './locale-root';
import { viewAtLoad } from './address-sync';
import { prepareLocale } from '../i18n/i18n';
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
if (hasSavedAnswers()) void loadWizard().catch(() => {}); // alongside the checks
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
  createRoot(root).render(
    <StrictMode>
      <LocaleRoot unknownAddressAtLoad={addressView === null} />
    </StrictMode>,
  );
  const idle = window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 200));
  idle(() => void loadWizard().then(() => idle(() => void loadResults().catch(() => {})), () => {}).finally(registerOffline));
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
