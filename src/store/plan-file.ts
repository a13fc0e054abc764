/**
 * Save and open plan files: the whole persisted state in a small JSON envelope.
 *
 * Pure (no React, no store, no DOM): `parsePlanFile` is also used to combine many participants'
 * files, so it must never throw and never hand back anything that today's schema would not accept.
 * Generic over the persisted state: whatever `persistedStateSchema` describes is saved and checked,
 * so a new slice needs no change here.
 */
import {
  PLAN_FILE_APP,
  PLAN_FILE_MAX_ARRAY_ITEMS,
  PLAN_FILE_MAX_BYTES,
  PLAN_FILE_MAX_DEPTH,
  tooLarge,
} from './plan-file-format';
import {
  MIGRATIONS,
  PERSIST_VERSION,
  UnsupportedVersionError,
  migratePersistedState,
  persistedStateSchema,
  type Migrations,
  type PersistedState,
} from './persisted-state';
import { formatList } from '../i18n/format';
import { messagesOf } from '../i18n/i18n';
import { planFileMessages } from './store.messages';
import { ROOM_FILE_KIND } from './room-file-format';
import { roomFileMessages } from './room-file.messages';

export * from './plan-file-format';

/** Keys that could reach an object's prototype if some later code merged the parsed data naively. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type ParsePlanFileResult = { ok: true; state: PersistedState; version: number } | { ok: false; message: string };

export interface ParsePlanFileOptions {
  /** For tests of step-by-step upgrades; the app always uses MIGRATIONS. */
  migrations?: Migrations;
}

const fail = (message: string): ParsePlanFileResult => ({ ok: false, message });

/** The wording of each refusal, in the language on screen when the file is opened. */
const t = () => messagesOf(planFileMessages);

/** Recognise common files that people pick by mistake, from their first bytes. */
function sniffBinary(bytes: Uint8Array): string | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46)) return t().isPdf;
  if (starts(0x89, 0x50, 0x4e, 0x47) || starts(0xff, 0xd8, 0xff) || starts(0x47, 0x49, 0x46, 0x38) || starts(0x52, 0x49, 0x46, 0x46))
    return t().isImage;
  if (starts(0x50, 0x4b, 0x03, 0x04)) return t().isDocumentOrArchive;
  return null;
}

function decode(input: string | Uint8Array | ArrayBuffer, maxBytes: number): { text: string } | { message: string } {
  if (typeof input === 'string') return { text: input };
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes.byteLength > maxBytes) return { message: tooLarge(bytes.byteLength, maxBytes) };
  const binary = sniffBinary(bytes);
  if (binary) return { message: binary };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { message: t().notText };
  }
}

/** Deepest bracket nesting, outside strings. Run before JSON.parse so a hostile file never recurses deeply. */
function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > max) max = depth;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}

/** The first array longer than the limit, if any. */
function hasHugeArray(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > PLAN_FILE_MAX_ARRAY_ITEMS || value.some(hasHugeArray);
  if (typeof value === 'object' && value !== null) return Object.values(value).some(hasHugeArray);
  return false;
}

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const describePath = (path: readonly (string | number)[]) => path.map(String).join(' › ');

/**
 * Where sanitising dropped or changed part of the input, if anywhere. Sanitising is lenient on purpose
 * (damaged browser storage should cost as little as possible), but a file the user chose to open
 * should be all or nothing: opening half a plan silently would lose answers without a word.
 */
export function findLoss(input: unknown, output: unknown, path: (string | number)[]): (string | number)[] | null {
  if (typeof input === 'string') {
    return typeof output === 'string' && (output === input || output === input.trim()) ? null : path;
  }
  if (Array.isArray(input)) {
    if (!Array.isArray(output) || output.length !== input.length) return path;
    for (let i = 0; i < input.length; i++) {
      const loss = findLoss(input[i], output[i], [...path, i]);
      if (loss) return loss;
    }
    return null;
  }
  if (isRecord(input)) {
    if (!isRecord(output)) return path;
    for (const key of Object.keys(input)) {
      // An absent optional answer may be saved as undefined (dropped by JSON) or omitted.
      if (input[key] === undefined) continue;
      if (!Object.hasOwn(output, key)) return [...path, key];
      const loss = findLoss(input[key], output[key], [...path, key]);
      if (loss) return loss;
    }
    return null;
  }
  return Object.is(input, output) ? null : path;
}

/**
 * Read a plan file. Never throws; on failure returns a message a person can act on and the caller
 * keeps the current answers. Accepts text or raw bytes (bytes are checked for size and type first).
 */
export function parsePlanFile(input: string | Uint8Array | ArrayBuffer, options: ParsePlanFileOptions = {}): ParsePlanFileResult {
  try {
    return parseUnsafe(input, options.migrations ?? MIGRATIONS);
  } catch {
    // Every known failure has its own message above; this is the net under the net.
    return fail(t().unreadable);
  }
}

/**
 * The checks every file of the app goes through before its own shape is looked at: size, type, text,
 * nesting, JSON, list lengths; prototype keys are dropped as it is parsed. Room files share it.
 */
export function readAppJson(
  input: string | Uint8Array | ArrayBuffer,
  maxBytes: number,
): { ok: true; data: unknown } | { ok: false; message: string } {
  const decoded = decode(input, maxBytes);
  if ('message' in decoded) return { ok: false, message: decoded.message };
  // Editors on Windows often add a byte-order mark; it is not part of the JSON, so it is skipped.
  const text = decoded.text.replace(/^\uFEFF/, '');
  if (text.length > maxBytes) return { ok: false, message: tooLarge(text.length, maxBytes) };
  if (text.trim() === '') return { ok: false, message: t().empty };
  if (text.startsWith('%PDF')) return { ok: false, message: t().isPdf };
  if (nestingDepth(text) > PLAN_FILE_MAX_DEPTH) return { ok: false, message: t().tooDeep };

  let data: unknown;
  try {
    // The reviver drops prototype-related keys at every depth, before any code can merge them anywhere.
    data = JSON.parse(text, (key, value: unknown) => (UNSAFE_KEYS.has(key) ? undefined : value));
  } catch {
    return { ok: false, message: t().notJson };
  }
  if (hasHugeArray(data)) return { ok: false, message: t().hugeList };
  return { ok: true, data };
}

function parseUnsafe(input: string | Uint8Array | ArrayBuffer, migrations: Migrations): ParsePlanFileResult {
  const read = readAppJson(input, PLAN_FILE_MAX_BYTES);
  if (!read.ok) return fail(read.message);
  const data = read.data;

  if (!isRecord(data) || !('app' in data)) return fail(t().notAPlan);
  if (data.app !== PLAN_FILE_APP) {
    return fail(typeof data.app === 'string' ? t().otherNamedApp({ app: data.app.slice(0, 60) }) : t().otherApp);
  }
  // A facilitator's room file is the app's too, but it is not a plan.
  if (data.kind === ROOM_FILE_KIND) return fail(messagesOf(roomFileMessages).roomFileAsPlan);
  const version = data.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return fail(t().noVersion);
  }
  if (version > PERSIST_VERSION) return fail(t().newerVersion({ version, supported: PERSIST_VERSION }));
  if (!isRecord(data.state)) return fail(t().noAnswers);

  // Upgrade one version at a time, exactly as saved browser data is upgraded.
  let upgraded: Record<string, unknown> = data.state;
  try {
    for (let v = version; v < PERSIST_VERSION; v++) {
      const step = migrations[v];
      if (!step) throw new UnsupportedVersionError(v);
      upgraded = step(upgraded);
    }
  } catch (error) {
    return fail(error instanceof UnsupportedVersionError ? t().tooOld({ version }) : t().upgradeFailed({ version }));
  }

  const missing = Object.keys(persistedStateSchema.shape).filter((key) => !(key in upgraded));
  if (missing.length > 0) {
    return fail(t().missingParts({ parts: formatList(missing.map((part) => t().quotedPart({ part }))) }));
  }

  // migratePersistedState at today's version only validates; the upgrade already ran above.
  const state = migratePersistedState(upgraded, PERSIST_VERSION);
  const loss = findLoss(upgraded, state, []);
  if (loss) {
    return fail(t().wrongForm({ path: describePath(loss) }));
  }
  return { ok: true, state, version };
}
