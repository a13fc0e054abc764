/**
 * Registers the Workbox service worker that vite-plugin-pwa generates (vite.config.ts). Loaded with
 * import() after the first render (main.tsx), so workbox-window never weighs on the initial load.
 */
import { registerSW } from 'virtual:pwa-register';
import { markOfflineReady, markUpdateWaiting } from './offline-status';
import { whenLeftAlone } from '../../lib/when-left-alone';

/**
 * On a first visit the worker downloads and stores the whole build (about 2 MB), which keeps one of a
 * laptop's cores busy for seconds. Traces of typing 200 characters as soon as the first form appeared
 * (issue 15) put nearly every key press over 50 ms in those seconds, and a trace of an export saw that download
 * take half the PDF worker's time; so the worker is registered only once the page has been left alone this long
 * (no key, text or click) and no export is under way.
 */
export const QUIET_MS = 2000;

export function registerServiceWorker(): void {
  // A returning visitor's worker already holds the precache: register at once, so "Ready to work offline"
  // shows as soon as before.
  if (navigator.serviceWorker?.controller) register();
  else whenLeftAlone(register, QUIET_MS);
}

function register(): void {
  const updateServiceWorker = registerSW({
    // Called after the page has rendered, often after "load": do not wait for an event that has passed.
    immediate: true,
    // First install: every file is now precached.
    onOfflineReady: markOfflineReady,
    // A new version is installed and waiting. Never reload by ourselves: the user chooses when.
    onNeedRefresh: () => markUpdateWaiting(() => updateServiceWorker(true)),
    // A returning visitor: an active worker already holds a complete precache.
    onRegisteredSW: (_url, registration) => {
      if (registration?.active) markOfflineReady();
    },
    // Without a worker the app still works online; the status simply never says "offline".
    onRegisterError: () => {},
  });
}
