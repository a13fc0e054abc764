/** A plan file opened from disk as the baseline of a reassessment (issue 14). Loaded only when a file is chosen. */
import { messagesOf } from '../i18n/i18n';
import { parsePlanFile } from './plan-file';
import { reassessMessages } from './reassess.messages';
import type { Snapshot } from './snapshot-types';
import { snapshotFromPlanFile } from './take-snapshot';

export type BaselineFromFile = { ok: true; snapshot: Snapshot } | { ok: false; message: string };

/**
 * Never throws and never changes anything: a file from a newer version of the app, not a plan, or without
 * ratings comes back with a message to show, and the current answers stay as they are.
 */
export function baselineFromFile(bytes: ArrayBuffer | Uint8Array | string, now: Date): BaselineFromFile {
  const parsed = parsePlanFile(bytes);
  if (!parsed.ok) return parsed;
  const snapshot = snapshotFromPlanFile(parsed.state, now);
  if (!snapshot) return { ok: false, message: messagesOf(reassessMessages).noRatings };
  return { ok: true, snapshot };
}
