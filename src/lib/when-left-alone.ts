import { onUserDoneWaiting, userIsWaiting } from './user-waits';
import { whenIdle } from './when-idle';

/** Input that means someone is at the keyboard or the pointer: background work waits until it stops. */
const ACTIVITY = ['keydown', 'input', 'pointerdown'] as const;

/** A pause in typing long enough to start background work in. */
export const PAUSE_MS = 1000;

/**
 * Runs `run` once the page has had `quietMs` with no key, text or click and no export is under way, and then the
 * browser is idle. Work that can wait (preloading screens, making formatters, the offline download) goes here
 * rather than in a bare idle callback: typing leaves idle time between keys, and a bench trace (issue 15) saw an
 * idle callback run the results screens' module, 60–115 ms at once, in the middle of a typed sentence.
 * Returns a function that cancels it.
 */
export function whenLeftAlone(run: () => void, quietMs: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cancelIdle: (() => void) | undefined;
  let done = false;
  const stop = () => {
    done = true;
    clearTimeout(timer);
    cancelIdle?.();
    for (const type of ACTIVITY) document.removeEventListener(type, wait, true);
    stopWaiting();
  };
  function wait() {
    clearTimeout(timer);
    cancelIdle?.();
    cancelIdle = undefined;
    if (userIsWaiting()) return; // waited again when the export is done
    timer = setTimeout(() => {
      cancelIdle = whenIdle(() => {
        if (done || userIsWaiting()) return;
        stop();
        run();
      });
    }, quietMs);
  }
  const stopWaiting = onUserDoneWaiting(wait);
  for (const type of ACTIVITY) document.addEventListener(type, wait, { capture: true, passive: true });
  wait();
  return stop;
}
