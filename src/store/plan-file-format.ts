/**
 * The half of plan files that needs no zod: the envelope, the limits, writing a file and naming it.
 * The header menu imports this up front; plan-file.ts (which checks files against the schema, and so
 * loads zod) is loaded only when someone opens a file.
 */
import { asciiSlug } from '../lib/file-name';
import { formatNumber } from '../i18n/format';
import { messagesOf } from '../i18n/i18n';
import { PERSIST_VERSION, STORAGE_KEY, type PersistedState } from './persist-keys';
import { planFileMessages } from './store.messages';

/** Names the app that wrote a file, so a JSON file from anywhere else is recognised as such. */
export const PLAN_FILE_APP = STORAGE_KEY;
export const PLAN_FILE_EXTENSION = '.json';
/** Checked before reading. A full plan is a few tens of kilobytes; 1 MB leaves ample room. */
export const PLAN_FILE_MAX_BYTES = 1_000_000;
/** The app's own files nest about 6 deep; anything far deeper is not ours, and could exhaust the stack. */
export const PLAN_FILE_MAX_DEPTH = 32;
/** No list the app keeps comes near this; a longer one is a sign of a hostile or broken file. */
export const PLAN_FILE_MAX_ARRAY_ITEMS = 1000;

export interface PlanFileEnvelope {
  app: typeof PLAN_FILE_APP;
  schemaVersion: number;
  exportedAt: string;
  state: PersistedState;
}

export function serializePlanFile(state: PersistedState, now: Date): string {
  const envelope: PlanFileEnvelope = {
    app: PLAN_FILE_APP,
    schemaVersion: PERSIST_VERSION,
    exportedAt: now.toISOString(),
    state,
  };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

/** A file name that sorts by date and says what it is, e.g. stem-plan-lincoln-high-2026-11-23.json. */
export function planFileName(state: PersistedState, now: Date): string {
  const org = asciiSlug(state.profile?.orgName ?? '', 40);
  const date = now.toISOString().slice(0, 10);
  return `stem-plan-${org ? `${org}-` : ''}${date}${PLAN_FILE_EXTENSION}`;
}

/** Why a file over the limit was refused, with both sizes in megabytes, in the language on screen. */
export function tooLarge(bytes: number): string {
  const megabytes = (n: number) => formatNumber(n / 1_000_000, { maximumFractionDigits: 1 });
  return messagesOf(planFileMessages).tooLarge({ size: megabytes(bytes), max: megabytes(PLAN_FILE_MAX_BYTES) });
}
