/**
 * The facilitator's room as a file of its own ("Save the room" / "Open a room"): the half that needs no
 * zod (envelope, limit, writing and naming). Checking a room file is in room-file.ts.
 */
import { asciiSlug } from '../lib/file-name';
import { formatNumber } from '../i18n/format';
import { messagesOf } from '../i18n/i18n';
import { STORAGE_KEY } from './persist-keys';
import { ROOM_LIMITS, type RoomData } from './room-slice';
import { roomFileMessages } from './room-file.messages';
import { fileTimestamp } from './plan-file-format';

/** Tells a room file from a plan file (which has no `kind`). */
export const ROOM_FILE_KIND = 'workshop-room';
/** The room file's own version, independent of the saved browser state's. */
export const ROOM_FILE_VERSION = 1;

/** Generous bound on readiness items across all steps (the source has 33), so the limit holds as content grows. */
const MAX_ITEMS = 100;
/** One rating in the file: `"someItemIdOfReasonableLength": "developing",` with its indentation and line break. */
const BYTES_PER_RATING = 96;
/**
 * JSON writes a UTF-16 unit as at most 6 bytes (a control character as \u001f; other text is 1–3 bytes),
 * so a text field of n units takes at most 6n bytes.
 */
const BYTES_PER_UNIT = 6;
const textBytes =
  BYTES_PER_UNIT *
  (ROOM_LIMITS.name + ROOM_LIMITS.organisation + ROOM_LIMITS.group + ROOM_LIMITS.team + ROOM_LIMITS.fileName + 2 * ROOM_LIMITS.id + ROOM_LIMITS.hash);
/** Keys, quotes and indentation of one participant, rounded up. */
const PARTICIPANT_OVERHEAD = 1024;
/**
 * Computed from the room's own limits, so the app's own room files (200 participants with the longest
 * names in any script) always open, while a 5 MB file is refused before it is read. About 3.7 MB.
 */
export const ROOM_FILE_MAX_BYTES =
  ROOM_LIMITS.participants * (textBytes + MAX_ITEMS * BYTES_PER_RATING + PARTICIPANT_OVERHEAD) +
  MAX_ITEMS * BYTES_PER_RATING +
  BYTES_PER_UNIT * ROOM_LIMITS.roomName +
  4096;

export interface RoomFileEnvelope {
  app: typeof STORAGE_KEY;
  kind: typeof ROOM_FILE_KIND;
  roomFileVersion: number;
  exportedAt: string;
  room: RoomData;
}

export function serializeRoomFile(room: RoomData, now: Date): string {
  const envelope: RoomFileEnvelope = {
    app: STORAGE_KEY,
    kind: ROOM_FILE_KIND,
    roomFileVersion: ROOM_FILE_VERSION,
    exportedAt: now.toISOString(),
    room,
  };
  return `${JSON.stringify(envelope, null, 1)}\n`;
}

/** e.g. stem-room-tuesday-cohort-2026-11-23-160500.json */
export function roomFileName(room: RoomData, now: Date): string {
  const name = asciiSlug(room.name, 40);
  return `stem-room-${name ? `${name}-` : ''}${fileTimestamp(now)}.json`;
}

/** Why a room file over the limit was refused, in megabytes, in the language on screen. */
export function roomTooLarge(bytes: number): string {
  const megabytes = (n: number) => formatNumber(n / 1_000_000, { maximumFractionDigits: 1 });
  return messagesOf(roomFileMessages).tooLarge({ size: megabytes(bytes), max: megabytes(ROOM_FILE_MAX_BYTES) });
}
