import type { StateCreator } from 'zustand';
import type { Rating } from '../content/levels';
import type { StepId } from '../stages/stage-order';
import type { AppState } from './app-store';

export type { Participant, ParticipantRatings } from '../scoring/room-combine';
import type { Participant, ParticipantRatings } from '../scoring/room-combine';

export interface RoomData {
  participants: Participant[];
  /** The rating the room agreed on, per step and item. */
  consensus: ParticipantRatings;
}

/** Limits, also used by the load schema: far above a workshop, low enough that a hostile file stays small. */
export const ROOM_LIMITS = { participants: 200, name: 200, team: 500, fileName: 255 } as const;

export const emptyRoom = (): RoomData => ({ participants: [], consensus: {} });

export interface RoomSlice {
  room: RoomData;
  /** Adds participants up to the room's limit; returns how many were added. */
  addParticipants: (participants: Participant[]) => number;
  removeParticipant: (id: string) => void;
  /**
   * Records the room's consensus for one item and makes it the team's answer. A saved step must hold a
   * rating for every item (its schema says so), so the step's ratings are written once every item has
   * either a consensus or an earlier answer; until then the consensus waits in the room.
   * `stepItemIds` are the step's item ids, passed in so the store (and so the start page) never loads
   * the stage content.
   */
  setConsensus: (stepId: StepId, itemId: string, rating: Rating, stepItemIds: readonly string[]) => void;
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
    // Evidence and notes the team already wrote stay with the item.
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
  removeParticipant: (id) =>
    set((s) => ({ room: { ...s.room, participants: s.room.participants.filter((p) => p.id !== id) } })),
  setConsensus: (stepId, itemId, rating, stepItemIds) =>
    set((s) => {
      if (!stepItemIds.includes(itemId)) return {};
      const stepConsensus = { ...s.room.consensus[stepId], [itemId]: rating };
      const room = { ...s.room, consensus: { ...s.room.consensus, [stepId]: stepConsensus } };
      const existing = s.steps[stepId] as { ratings?: Partial<Record<string, { level?: Rating; notes?: string }>> } | undefined;
      const ratings = mergeConsensus(existing?.ratings, stepConsensus, stepItemIds);
      if (!ratings) return { room };
      // A room with no assessment yet becomes a quick check: only ratings are asked.
      const mode = s.mode ?? 'quick';
      const completed = mode === 'quick' && !s.completed.includes(stepId) ? [...s.completed, stepId] : s.completed;
      // An unsent draft of this step would open its form with the old levels and, once sent, overwrite
      // the consensus; so the draft takes the agreed levels too (its other typing is kept).
      const draft = s.drafts[stepId] as { ratings?: Record<string, object | undefined> } | undefined;
      const draftRatings = draft?.ratings;
      const drafts = draftRatings
        ? {
            ...s.drafts,
            [stepId]: {
              ...draft,
              ratings: Object.fromEntries(stepItemIds.map((id) => [id, { ...draftRatings[id], level: ratings[id]!.level }])),
            },
          }
        : s.drafts;
      return { room, mode, completed, drafts, steps: { ...s.steps, [stepId]: { ...s.steps[stepId], ratings } } };
    }),
});
