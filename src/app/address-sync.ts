/**
 * Keeps the address bar and the screen in step (docs/decisions/0006-router.md). wouter owns the browser
 * history; the store's `view` is what screens read and what `goTo` / `openView` change.
 *
 * - A screen change made in the app (`goTo`) pushes its address, so Back returns to the previous screen.
 * - Back, Forward or an edited address changes the screen, without pushing anything.
 * - On load, the address decides the screen (`viewAtLoad`), so reload keeps the screen and a shared link opens it.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useLocation, useSearch } from 'wouter';
import { useAppStore } from '../store/app-store';
import type { View } from '../store/navigation-slice';
import { preloadView } from '../store/navigation';
import { pathOfView, viewOfPath } from '../store/view-path';

/** Null when the address is not one of the app's: the app shows "page not found" with a way home. */
export function viewAtLoad(location: Pick<Location, 'pathname' | 'search'> = window.location): View | null {
  return viewOfPath(location.pathname, location.search);
}

const currentAddress = () => `${window.location.pathname}${window.location.search}`;

/**
 * `onUnknownAddress(true)` when the address is not one of the app's (the app then says "page not found");
 * `unknownAtLoad` says the first address already was, so it is left in the bar for the user to see.
 */
export function useAddressSync(onUnknownAddress: (unknown: boolean) => void, unknownAtLoad: boolean): void {
  const [pathname, navigate] = useLocation();
  const search = useSearch();
  const view = useAppStore((s) => s.view);
  const first = useRef(true);

  // Address → screen: Back, Forward, or an address typed into the bar of an open app.
  useLayoutEffect(() => {
    if (first.current) return; // the first screen was set from the address before the first render
    const wanted = viewOfPath(pathname, search ? `?${search}` : '');
    onUnknownAddress(wanted === null);
    if (wanted === null || pathOfView(wanted) === pathOfView(useAppStore.getState().view)) return;
    // Load the screen's chunk first, so focus can land on its heading as it appears.
    void preloadView(wanted).then(() => {
      if (currentAddress() === pathOfView(wanted)) useAppStore.getState().goTo(wanted);
    });
  }, [pathname, search, onUnknownAddress]);

  // Screen → address: a change made in the app gets its own history entry.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      // A redirect at load (e.g. a bare "/steps/") settles on the screen's canonical address without a new entry.
      if (!unknownAtLoad && currentAddress() !== pathOfView(view)) navigate(pathOfView(view), { replace: true });
      return;
    }
    if (currentAddress() !== pathOfView(view)) {
      onUnknownAddress(false);
      navigate(pathOfView(view));
    }
  }, [view, navigate, onUnknownAddress, unknownAtLoad]);
}
