/**
 * Runs `callback` when the browser is idle (after at most `timeout` ms), or after a short delay where
 * requestIdleCallback is missing (Safari, jsdom). Returns a function that cancels it.
 */
/** How long the fallback waits where requestIdleCallback is missing. */
export const IDLE_FALLBACK_MS = 200;

export function whenIdle(callback: () => void, timeout = 2000): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(() => callback(), { timeout });
    return () => window.cancelIdleCallback(id);
  }
  const id = setTimeout(callback, IDLE_FALLBACK_MS);
  return () => clearTimeout(id);
}
