/**
 * Work the user is waiting for, such as a PDF being built. Background work that can wait (the first visit's
 * offline download, about 2 MB) waits for it, so the two do not compete for a school laptop's two cores.
 */
let waitingFor = 0;
const listeners = new Set<() => void>();

/** The user now waits for something; call the returned function once it is done (more calls do nothing). */
export function userWaits(): () => void {
  waitingFor += 1;
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    waitingFor -= 1;
    if (waitingFor === 0) for (const listener of [...listeners]) listener();
  };
}

export const userIsWaiting = (): boolean => waitingFor > 0;

/** Calls `listener` each time the user no longer waits for anything; returns a function that stops it. */
export function onUserDoneWaiting(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
