import type { StateCreator } from 'zustand';
import type { Rating } from '../content/levels';
import type { StepId } from '../stages/stage-order';
import type { AppState } from './app-store';

export type { Participant, ParticipantRatings } from '../scoring/room-combine';
import type { Participant, ParticipantRatings } from '../scoring/room-combine';

/**
 * The facilitator's workshop room: a session of its own. Nothing here ever writes into the plan the
 * browser holds (mode, profile, steps, drafts); the consensus reaches a plan only through the explicit
 * "Use these consensus ratings as a team plan" (room-flow.ts).
 */
export interface RoomData {
  /** The room's own name, chosen by the facilitator (may be empty). */
  name: string;
  participants: Participant[];
  /** The rating the room agreed on, per step and item. */
  consensus: ParticipantRatings;
}

/**
 * Limits, also used by the load schema: far above a workshop, low enough that a hostile file stays
 * small. The room file's byte limit is computed from these (room-file-format.ts), so the app's own room
 * files always fit.
 */
export const ROOM_LIMITS = {
  participants: 500,
  name: 200,
  team: 500,
  group: 200,
  organisation: 200,
  fileName: 255,
  roomName: 120,
  id: 100,
  hash: 128,
} as const;

export const emptyRoom = (): RoomData => ({ name: '', participants: [], consensus: {} });

export interface RoomSlice {
  room: RoomData;
  /** Adds participants up to the room's limit; returns how many were added. */
  addParticipants: (participants: Participant[]) => number;
  /** An updated file from someone already in the room: their row keeps its place, with the new ratings. */
  replaceParticipant: (rowId: string, participant: Participant) => void;
  removeParticipant: (id: string) => void;
  /** Records the room's consensus for one item; only the room changes. */
  setConsensus: (stepId: StepId, itemId: string, rating: Rating) => void;
  setRoomName: (name: string) => void;
  /** Replaces the whole room: opening a room file, Undo, or a reset for the next group. */
  replaceRoom: (room: RoomData) => void;
}

type StepRatings = Record<string, { level: Rating; notes: string }>;

/** The step's ratings with the consensus merged in, or null while some item has neither. */
export function mergeConsensus(
  existing: Partial<Record<string, { level?: Rating; notes?: string }>> | undefined,
  consensus: Partial<Record<string, Rating>> | undefined,
  stepItemIds: readonly string[],
): StepRatings | null {
  const merged: StepRatings = {};
  for (const id of stepItemIds) {
    const level = consensus?.[id] ?? existing?.[id]?.level;
    if (level === undefined) return null;
    merged[id] = { level, notes: existing?.[id]?.notes ?? '' };
  }
  return merged;
}

export const createRoomSlice: StateCreator<AppState, [], [], RoomSlice> = (set, get) => ({
  room: emptyRoom(),
  addParticipants: (participants) => {
    const room = get().room;
    const spaceLeft = Math.max(0, ROOM_LIMITS.participants - room.participants.length);
    const added = participants.slice(0, spaceLeft);
    if (added.length > 0) set({ room: { ...room, participants: [...room.participants, ...added] } });
    return added.length;
  },
  replaceParticipant: (rowId, participant) =>
    set((s) => ({
      room: {
        ...s.room,
        participants: s.room.participants.map((p) => (p.id === rowId ? { ...participant, id: rowId } : p)),
      },
    })),
  removeParticipant: (id) =>
    set((s) => ({ room: { ...s.room, participants: s.room.participants.filter((p) => p.id !== id) } })),
  setConsensus: (stepId, itemId, rating) =>
    set((s) => ({
      room: { ...s.room, consensus: { ...s.room.consensus, [stepId]: { ...s.room.consensus[stepId], [itemId]: rating } } },
    })),
  setRoomName: (name) => set((s) => ({ room: { ...s.room, name: name.slice(0, ROOM_LIMITS.roomName) } })),
  replaceRoom: (room) => set({ room }),
});
