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

/** Local date and time as 2026-11-23-103015: files saved the same day by different people stay apart. */
export function fileTimestamp(now: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}-${two(now.getHours())}${two(now.getMinutes())}${two(now.getSeconds())}`;
}

/**
 * A readable, ASCII-only name that sorts by date: <name>-<organisation>-<date>-<time>.json, e.g.
 * ana-garcia-lincoln-high-2026-11-23-103015.json, or stem-plan-lincoln-high-… when no participant name was
 * given. A name with no Latin spelling (e.g. 王芳) leaves nothing after folding, so a short piece of the
 * participant id stands in for it and two such people still get different names.
 */
export function planFileName(state: PersistedState, now: Date): string {
  const name = state.profile?.participantName?.trim() ?? '';
  const nameSlug = asciiSlug(name, 40) || (name && state.participantId ? `participant-${asciiSlug(state.participantId, 8)}` : '');
  const org = asciiSlug(state.profile?.orgName ?? '', 40);
  const parts = [nameSlug || 'stem-plan', org, fileTimestamp(now)].filter(Boolean);
  return `${parts.join('-')}${PLAN_FILE_EXTENSION}`;
}

/** Why a file over the limit was refused, with both sizes in megabytes, in the language on screen. */
export function tooLarge(bytes: number, maxBytes: number = PLAN_FILE_MAX_BYTES): string {
  const megabytes = (n: number) => formatNumber(n / 1_000_000, { maximumFractionDigits: 1 });
  return messagesOf(planFileMessages).tooLarge({ size: megabytes(bytes), max: megabytes(maxBytes) });
}
