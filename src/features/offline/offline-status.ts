import { create } from 'zustand';

/**
 * What the service worker has told us (issue #6). Kept apart from the registration code so the
 * header and notices can read it from the first render while workbox-window loads later, lazily.
 */
export interface OfflineStatus {
  /** A service worker holds the whole app: it loads, and exports PDFs, with no network. */
  offlineReady: boolean;
  /** Activates the waiting new version and reloads; null while no new version is waiting. */
  applyUpdate: (() => Promise<void>) | null;
  /** "Not now": the waiting version then starts the next time the app is opened. */
  updateDismissed: boolean;
}

export const useOfflineStatus = create<OfflineStatus>(() => ({
  offlineReady: false,
  applyUpdate: null,
  updateDismissed: false,
}));

export const markOfflineReady = (): void => useOfflineStatus.setState({ offlineReady: true });

export const markUpdateWaiting = (applyUpdate: () => Promise<void>): void =>
  useOfflineStatus.setState({ applyUpdate, updateDismissed: false });

export const dismissUpdate = (): void => useOfflineStatus.setState({ updateDismissed: true });
