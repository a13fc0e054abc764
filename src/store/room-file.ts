/**
 * Checking a room file ("Open a room"). Loaded with the schema (zod) only when a room file is opened.
 * All or nothing, like plan files: a room file that would lose a participant or a rating is refused.
 */
import { messagesOf } from '../i18n/i18n';
import { findLoss, describePath, isRecord, readAppJson } from './plan-file';
import { PLAN_FILE_APP } from './plan-file-format';
import { roomSchema } from './persisted-state';
import { ROOM_FILE_KIND, ROOM_FILE_MAX_BYTES, ROOM_FILE_VERSION, roomTooLarge } from './room-file-format';
import { roomFileMessages } from './room-file.messages';
import { planFileMessages } from './store.messages';
import type { RoomData } from './room-slice';

export type ParseRoomFileResult = { ok: true; room: RoomData } | { ok: false; message: string };

const fail = (message: string): ParseRoomFileResult => ({ ok: false, message });

export function parseRoomFile(input: string | Uint8Array | ArrayBuffer): ParseRoomFileResult {
  try {
    return parseUnsafe(input);
  } catch {
    return fail(messagesOf(planFileMessages).unreadable);
  }
}

function parseUnsafe(input: string | Uint8Array | ArrayBuffer): ParseRoomFileResult {
  const t = messagesOf(roomFileMessages);
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > ROOM_FILE_MAX_BYTES) return fail(roomTooLarge(size));
  const read = readAppJson(input, ROOM_FILE_MAX_BYTES);
  if (!read.ok) return fail(read.message);
  const data = read.data;
  const planMessages = messagesOf(planFileMessages);
  if (!isRecord(data) || !('app' in data)) return fail(planMessages.notAPlan);
  if (data.app !== PLAN_FILE_APP) {
    return fail(typeof data.app === 'string' ? planMessages.otherNamedApp({ app: data.app.slice(0, 60) }) : planMessages.otherApp);
  }
  if (data.kind !== ROOM_FILE_KIND) return fail('state' in data ? t.planFileAsRoom : planMessages.notAPlan);
  const version = data.roomFileVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail(t.noVersion);
  if (version > ROOM_FILE_VERSION) return fail(t.newerVersion({ version, supported: ROOM_FILE_VERSION }));
  if (!isRecord(data.room)) return fail(t.noRoom);
  const room = roomSchema.parse(data.room);
  const loss = findLoss(data.room, room, []);
  if (loss) return fail(t.wrongForm({ path: describePath(loss) }));
  return { ok: true, room };
}
