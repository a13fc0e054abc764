/**
 * "Show my answers as a code" / "Paste a code" (issue 13, docs/decisions/0010): a participant's answers as a
 * block of text to copy, for rooms without USB sticks or a shared drive. No server: the code is made on the
 * participant's device and leaves it only as the text they choose to copy or show.
 *
 *   STL1.d.<base64url of the deflate-raw compressed plan file>.<first 8 hex of its SHA-256>
 *   STL1.j.<base64url of the plan file, uncompressed>.<…>        (a browser without CompressionStream)
 *
 * The payload is a plan file with only what the room keeps (who they are and their ratings), so the room
 * checks a pasted code exactly as it checks a file, with the same messages.
 */
import { PLAN_FILE_MAX_BYTES, serializePlanFile } from './plan-file-format';
import type { PersistedState } from './persist-keys';

export const ANSWERS_CODE_VERSION = 1;
const PREFIX = `STL${ANSWERS_CODE_VERSION}`;
/** A full plan's ratings compress to a few kilobytes; a code far longer is not the app's. */
export const ANSWERS_CODE_MAX_CHARS = 100_000;

export type AnswersCodeProblem = 'empty' | 'notCode' | 'newer' | 'damaged' | 'cannotUnpack' | 'tooLong';
export type DecodedAnswers = { ok: true; bytes: Uint8Array } | { ok: false; problem: AnswersCodeProblem; version?: number };

/** Who the participant is and their ratings: no notes, no other answers, no plan, no room. */
export function answersForCode(state: PersistedState): PersistedState {
  const steps: Record<string, { ratings: Record<string, { level: string; notes: string }> }> = {};
  for (const [stepId, step] of Object.entries(state.steps)) {
    const ratings = (step as { ratings?: Record<string, { level?: string } | undefined> } | undefined)?.ratings;
    if (!ratings) continue;
    const kept = Object.fromEntries(
      Object.entries(ratings).flatMap(([id, r]) => (r?.level ? [[id, { level: r.level, notes: '' }]] : [])),
    );
    if (Object.keys(kept).length > 0) steps[stepId] = { ratings: kept };
  }
  return {
    mode: state.mode,
    profile: state.profile,
    steps: steps as PersistedState['steps'],
    completed: state.completed.filter((id) => id === 'profile' || id in steps),
    drafts: {},
    view: { name: 'start' },
    plan: { actions: [], dismissedGaps: [], decisionOverride: null, jobDescription: null },
    room: { name: '', participants: [], consensus: {} },
    participantId: state.participantId,
    snapshots: [],
    baseline: null,
  };
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

async function checksum(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest).subarray(0, 4), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The bytes through a (de)compression stream, stopping past `limit` (a small code must not unpack to gigabytes). */
async function throughStream(
  bytes: Uint8Array,
  stream: { readable: ReadableStream<Uint8Array>; writable: WritableStream<BufferSource> },
  limit: number,
): Promise<Uint8Array | null> {
  const reader = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      void reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** The participant's answers as a code (compressed where the browser can). */
export async function encodeAnswers(state: PersistedState, now: Date): Promise<string> {
  const json = new TextEncoder().encode(serializePlanFile(answersForCode(state), now));
  let kind = 'j';
  let payload: Uint8Array = json;
  try {
    if (typeof CompressionStream === 'function') {
      const packed = await throughStream(json, new CompressionStream('deflate-raw'), Infinity);
      if (packed) {
        payload = packed;
        kind = 'd';
      }
    }
  } catch {
    // No deflate-raw here: the uncompressed form, which every version reads.
  }
  const body = `${PREFIX}.${kind}.${toBase64Url(payload)}`;
  return `${body}.${await checksum(body)}`;
}

/** A pasted code back to a plan file's bytes, or what is wrong with it. Spaces and line breaks are ignored. */
export async function decodeAnswers(pasted: string): Promise<DecodedAnswers> {
  const code = pasted.replace(/\s+/g, '');
  if (code === '') return { ok: false, problem: 'empty' };
  if (code.length > ANSWERS_CODE_MAX_CHARS) return { ok: false, problem: 'tooLong' };
  const version = /^STL(\d{1,4})\./.exec(code)?.[1];
  if (version === undefined) return { ok: false, problem: 'notCode' };
  if (Number(version) > ANSWERS_CODE_VERSION) return { ok: false, problem: 'newer', version: Number(version) };
  const match = /^(STL\d+\.([dj])\.([A-Za-z0-9_-]+))\.([0-9a-f]{8})$/.exec(code);
  if (!match || Number(version) !== ANSWERS_CODE_VERSION) return { ok: false, problem: 'damaged' };
  const [, body, kind, payload, check] = match as unknown as [string, string, string, string, string];
  if ((await checksum(body)) !== check) return { ok: false, problem: 'damaged' };
  const bytes = fromBase64Url(payload);
  if (!bytes) return { ok: false, problem: 'damaged' };
  if (kind === 'j') return { ok: true, bytes };
  if (typeof DecompressionStream !== 'function') return { ok: false, problem: 'cannotUnpack' };
  try {
    // One byte over the plan file limit is enough for the file check to say "too large".
    const unpacked = await throughStream(bytes, new DecompressionStream('deflate-raw'), PLAN_FILE_MAX_BYTES + 1);
    return unpacked ? { ok: true, bytes: unpacked } : { ok: false, problem: 'damaged' };
  } catch {
    return { ok: false, problem: 'damaged' };
  }
}
