/**
 * Turning participants' plan files into room participants. Pure: the caller reads the files, hashes
 * them and passes the parser in, so the room screen can load the parser (and zod) lazily and the bench
 * can time this in Node.
 *
 * People, not file names: a file is the same as one already in the room when its bytes are (content
 * hash); a person is the same when their file carries the same participant id. Two people with the
 * same name are two participants.
 */
import { formatNumber } from '../../../i18n/format';
import { messagesOf } from '../../../i18n/i18n';
import type { ParsePlanFileResult } from '../../../store/plan-file';
import type { RatingsByStep } from '../../../scoring/readiness';
import { ROOM_LIMITS, type Participant, type ParticipantRatings } from '../../../store/room-slice';
import { ratingsFromSteps } from '../../../scoring/room-combine';
import { roomFilesMessages } from './room.messages';

export interface ParticipantFile {
  fileName: string;
  /** The file's bytes, or a reason it could not be read at all (too large, unreadable). */
  content: ArrayBuffer | Uint8Array | string | { unreadable: string };
  /** SHA-256 of the bytes, hex; empty or absent when the file could not be read (or a caller has none). */
  hash?: string;
}

export interface RejectedFile {
  fileName: string;
  reason: string;
}

/** A newer file from someone already in the room, waiting for the facilitator to say whether it replaces theirs. */
export interface PendingUpdate {
  /** The row it would replace. */
  rowId: string;
  previous: Participant;
  next: Participant;
}

export interface CombineFilesResult {
  added: Participant[];
  rejected: RejectedFile[];
  updates: PendingUpdate[];
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

/** The same ratings, item by item (the order of keys does not matter). */
export function sameRatings(a: ParticipantRatings, b: ParticipantRatings): boolean {
  const steps = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof ParticipantRatings>;
  for (const step of steps) {
    const x = a[step] ?? {};
    const y = b[step] ?? {};
    const items = new Set([...Object.keys(x), ...Object.keys(y)]);
    for (const item of items) if (x[item] !== y[item]) return false;
  }
  return true;
}

const t = () => messagesOf(roomFilesMessages);
/** Why a file was not added, in the active language. */
export const duplicateReason = (name: string): string => t().duplicate({ name });
export const sameRatingsReason = (name: string): string => t().sameRatings({ name });
export const sameParticipantInBatchReason = (name: string): string => t().sameParticipantInBatch({ name });
export const roomFullReason = (): string => t().roomFull({ max: formatNumber(ROOM_LIMITS.participants) });

/**
 * The files of one batch, checked one at a time as they are read, so a batch of hundreds can be read in
 * slices with the page kept responsive between them (add-files.tsx) and the bytes of each file dropped as
 * soon as it is checked. Within the batch, a person's second file is held against their first.
 */
export function createFileCombiner(
  existing: readonly Participant[],
  parse: (input: ArrayBuffer | Uint8Array | string) => ParsePlanFileResult,
  roomSpace: number = ROOM_LIMITS.participants,
) {
  const byHash = new Map(existing.filter((p) => p.contentHash).map((p) => [p.contentHash, p.name]));
  const byPerson = new Map(existing.filter((p) => p.participantId).map((p) => [p.participantId!, p]));
  const inBatch = new Map<string, Participant>();
  const added: Participant[] = [];
  const rejected: RejectedFile[] = [];
  const updates: PendingUpdate[] = [];

  const add = (file: ParticipantFile): void => {
    const fileName = cut(file.fileName, ROOM_LIMITS.fileName) || t().unnamedFile;
    const reject = (reason: string) => void rejected.push({ fileName, reason });
    const sameFile = file.hash ? byHash.get(file.hash) : undefined;
    if (sameFile !== undefined) return reject(duplicateReason(sameFile));
    const { content } = file;
    const result: ParsePlanFileResult =
      typeof content === 'object' && 'unreadable' in content ? { ok: false, message: content.unreadable } : parse(content);
    if (!result.ok) return reject(result.message);
    const ratings = ratingsFromSteps(result.state.steps as RatingsByStep);
    if (Object.keys(ratings).length === 0) return reject(t().noRatings);
    const profile = result.state.profile;
    const organisation = cut(profile?.orgName ?? '', ROOM_LIMITS.organisation);
    const participantId = result.state.participantId ?? undefined;
    const participant: Participant = {
      id: crypto.randomUUID(),
      ...(participantId ? { participantId } : {}),
      name: cut(profile?.participantName ?? '', ROOM_LIMITS.name) || organisation || cut(fileName, ROOM_LIMITS.name),
      organisation,
      group: cut(profile?.participantGroup ?? '', ROOM_LIMITS.group),
      team: cut(profile?.team ?? '', ROOM_LIMITS.team),
      fileName,
      contentHash: file.hash ?? '',
      ratings,
    };
    if (file.hash) byHash.set(file.hash, participant.name);

    if (participantId) {
      const earlierInBatch = inBatch.get(participantId);
      if (earlierInBatch) {
        return reject(
          sameRatings(earlierInBatch.ratings, ratings) ? sameRatingsReason(participant.name) : sameParticipantInBatchReason(participant.name),
        );
      }
      const inRoom = byPerson.get(participantId);
      if (inRoom) {
        if (sameRatings(inRoom.ratings, ratings)) return reject(sameRatingsReason(inRoom.name));
        updates.push({ rowId: inRoom.id, previous: inRoom, next: participant });
        inBatch.set(participantId, participant);
        return;
      }
    }
    if (added.length >= roomSpace) return reject(roomFullReason());
    added.push(participant);
    if (participantId) inBatch.set(participantId, participant);
  };

  return { add, result: (): CombineFilesResult => ({ added, rejected, updates }) };
}

/**
 * Parse every file; valid ones become participants, the rest are listed with the reason. A file
 * from someone already in the room with different ratings becomes a pending update (the caller asks).
 */
export function participantsFromFiles(
  files: readonly ParticipantFile[],
  existing: readonly Participant[],
  parse: (input: ArrayBuffer | Uint8Array | string) => ParsePlanFileResult,
  roomSpace: number = ROOM_LIMITS.participants,
): CombineFilesResult {
  const combiner = createFileCombiner(existing, parse, roomSpace);
  for (const file of files) combiner.add(file);
  return combiner.result();
}
