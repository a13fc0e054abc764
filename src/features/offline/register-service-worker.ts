/**
 * Registers the Workbox service worker that vite-plugin-pwa generates (vite.config.ts). Loaded with
 * import() after the first render (main.tsx), so workbox-window never weighs on the initial load.
 */
import { registerSW } from 'virtual:pwa-register';
import { markOfflineReady, markUpdateWaiting } from './offline-status';

export function registerServiceWorker(): void {
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
