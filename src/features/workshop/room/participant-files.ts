/**
 * Turning participants' plan files into room participants. Pure: the caller reads the files and
 * passes the parser in, so the room screen can load the parser (and zod) lazily and the bench can
 * time this in Node.
 */
import { formatNumber } from '../../../i18n/format';
import { messagesOf } from '../../../i18n/i18n';
import type { ParsePlanFileResult } from '../../../store/plan-file';
import type { RatingsByStep } from '../../../scoring/readiness';
import { ROOM_LIMITS, type Participant } from '../../../store/room-slice';
import { ratingsFromSteps } from '../../../scoring/room-combine';
import { roomFilesMessages } from './room.messages';

export interface ParticipantFile {
  fileName: string;
  /** The file's bytes, or a reason it could not be read at all (too large, unreadable). */
  content: ArrayBuffer | Uint8Array | string | { unreadable: string };
}

export interface RejectedFile {
  fileName: string;
  reason: string;
}

export interface CombineFilesResult {
  added: Participant[];
  rejected: RejectedFile[];
}

/**
 * At most `max` UTF-16 units, as zod's .max() counts them when the room is reloaded (so a name with
 * emoji is not dropped then), without splitting a surrogate pair.
 */
function cut(text: string, max: number): string {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed;
  const end = /[\uD800-\uDBFF]/.test(trimmed[max - 1] ?? '') ? max - 1 : max;
  return trimmed.slice(0, end);
}

let idCounter = 0;
function newParticipantId(): string {
  idCounter += 1;
  return `p-${Date.now().toString(36)}-${idCounter.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Why a file was not added, in the active language. */
export const duplicateReason = (): string => messagesOf(roomFilesMessages).duplicate;
export const roomFullReason = (): string =>
  messagesOf(roomFilesMessages).roomFull({ max: formatNumber(ROOM_LIMITS.participants) });
const noRatingsReason = (): string => messagesOf(roomFilesMessages).noRatings;

/**
 * Parse every file; valid ones become participants, the rest are listed with the reason.
 * A file name already in the room (or earlier in the same batch) is noticed and skipped.
 */
export function participantsFromFiles(
  files: readonly ParticipantFile[],
  existingFileNames: readonly string[],
  parse: (input: ArrayBuffer | Uint8Array | string) => ParsePlanFileResult,
  roomSpace: number = ROOM_LIMITS.participants,
): CombineFilesResult {
  const seen = new Set(existingFileNames);
  const added: Participant[] = [];
  const rejected: RejectedFile[] = [];
  const unnamedFile = messagesOf(roomFilesMessages).unnamedFile;
  for (const file of files) {
    const fileName = cut(file.fileName, ROOM_LIMITS.fileName) || unnamedFile;
    if (seen.has(fileName)) {
      rejected.push({ fileName, reason: duplicateReason() });
      continue;
    }
    const { content } = file;
    const result: ParsePlanFileResult =
      typeof content === 'object' && 'unreadable' in content ? { ok: false, message: content.unreadable } : parse(content);
    if (!result.ok) {
      rejected.push({ fileName, reason: result.message });
      continue;
    }
    const ratings = ratingsFromSteps(result.state.steps as RatingsByStep);
    if (Object.keys(ratings).length === 0) {
      rejected.push({ fileName, reason: noRatingsReason() });
      continue;
    }
    if (added.length >= roomSpace) {
      rejected.push({ fileName, reason: roomFullReason() });
      continue;
    }
    seen.add(fileName);
    const profile = result.state.profile;
    added.push({
      id: newParticipantId(),
      name: cut(profile?.orgName ?? '', ROOM_LIMITS.name) || cut(fileName, ROOM_LIMITS.name),
      team: cut(profile?.team ?? '', ROOM_LIMITS.team),
      fileName,
      ratings,
    });
  }
  return { added, rejected };
}
