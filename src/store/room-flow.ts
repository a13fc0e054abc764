/**
 * The workshop room as a session of its own: opening a room file, and turning the room's consensus into
 * a team plan, each with Undo. A small store of its own (like file-flow.ts), not persisted.
 * Nothing here changes the plan except `applyConsensusAsTeamPlan`, which the facilitator asks for.
 */
import { create } from 'zustand';
import type { StepId } from '../stages/stage-order';
import { initialPersisted, partialize, useAppStore } from './app-store';
import { isPlanEmpty } from './file-flow';
import type { PersistedState } from './persist-keys';
import { ROOM_FILE_MAX_BYTES, roomTooLarge } from './room-file-format';
import { mergeConsensus, type ParticipantRatings, type RoomData } from './room-slice';
import { useStorageStatus } from './safe-storage';
import { messagesOf } from '../i18n/i18n';
import { storeMessages } from './store.messages';

export type RoomUndoKind = 'room-opened' | 'team-plan';

interface RoomFlow {
  /** A valid room file waiting for the facilitator to confirm it may replace the room in use. */
  pendingRoom: { fileName: string; room: RoomData } | null;
  /** The facilitator asked for a team plan while the browser holds a plan: waiting for "Replace". */
  pendingTeamPlan: boolean;
  error: { fileName: string; message: string } | null;
  undo: { kind: RoomUndoKind; previous: PersistedState; opened: PersistedState } | null;
}

export const useRoomFlow = create<RoomFlow>(() => ({ pendingRoom: null, pendingTeamPlan: false, error: null, undo: null }));

const currentState = () => partialize(useAppStore.getState());

export const isRoomEmpty = (room: RoomData) =>
  room.participants.length === 0 && Object.keys(room.consensus).length === 0 && room.name === '';

function replaceWithUndo(kind: RoomUndoKind, next: PersistedState) {
  const previous = currentState();
  useAppStore.getState().replacePersisted(next);
  useStorageStatus.setState((s) => ({ externalRevision: s.externalRevision + 1 }));
  useRoomFlow.setState({ pendingRoom: null, pendingTeamPlan: false, error: null, undo: { kind, previous, opened: currentState() } });
}

/** "Open a room": check the file, then replace the room (asking first if one is in use). */
export async function openRoomFile(file: File) {
  useRoomFlow.setState({ error: null, pendingRoom: null });
  const refuse = (message: string) => useRoomFlow.setState({ error: { fileName: file.name, message } });
  if (file.size > ROOM_FILE_MAX_BYTES) return refuse(roomTooLarge(file.size));
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch {
    return refuse(messagesOf(storeMessages).fileUnreadable);
  }
  let parsed: import('./room-file').ParseRoomFileResult;
  try {
    const { parseRoomFile } = await import('./room-file');
    parsed = parseRoomFile(bytes);
  } catch {
    return refuse(messagesOf(storeMessages).checksNotLoaded);
  }
  if (!parsed.ok) return refuse(parsed.message);
  if (isRoomEmpty(useAppStore.getState().room)) applyRoom(parsed.room);
  else useRoomFlow.setState({ pendingRoom: { fileName: file.name, room: parsed.room } });
}

function applyRoom(room: RoomData) {
  replaceWithUndo('room-opened', { ...currentState(), room });
}

export function confirmOpenRoom() {
  const { pendingRoom } = useRoomFlow.getState();
  if (pendingRoom) applyRoom(pendingRoom.room);
}

export function cancelRoomQuestion() {
  useRoomFlow.setState({ pendingRoom: null, pendingTeamPlan: false });
}

export function dismissRoomNotice() {
  useRoomFlow.setState({ error: null, undo: null });
}

/**
 * The plan the consensus gives: a quick check whose saved steps are those where every item has a
 * consensus (a saved step must rate every item). `itemIdsByStep` comes from the caller, so the store never
 * loads the stage content.
 */
export function consensusTeamPlan(
  consensus: ParticipantRatings,
  itemIdsByStep: Readonly<Record<StepId, readonly string[]>>,
): Pick<PersistedState, 'mode' | 'steps' | 'completed'> {
  const steps: Record<string, { ratings: NonNullable<ReturnType<typeof mergeConsensus>> }> = {};
  for (const [stepId, itemIds] of Object.entries(itemIdsByStep) as [StepId, readonly string[]][]) {
    const ratings = mergeConsensus(undefined, consensus[stepId], itemIds);
    if (ratings) steps[stepId] = { ratings };
  }
  return { mode: 'quick', steps: steps as PersistedState['steps'], completed: Object.keys(steps) as StepId[] };
}

/**
 * "Use these consensus ratings as a team plan": starts a new plan from the consensus. When the browser
 * already holds a plan, it asks first (`confirmed` false) and then replaces it, with Undo. The room stays.
 */
export function applyConsensusAsTeamPlan(itemIdsByStep: Readonly<Record<StepId, readonly string[]>>, confirmed = false) {
  const state = currentState();
  if (!confirmed && !isPlanEmpty(state)) {
    useRoomFlow.setState({ pendingTeamPlan: true });
    return;
  }
  replaceWithUndo('team-plan', {
    ...initialPersisted(),
    ...consensusTeamPlan(state.room.consensus, itemIdsByStep),
    view: state.view,
    room: state.room,
    // The participant id belongs to the person at this computer, not to one plan.
    participantId: state.participantId,
  });
}

export function undoRoomChange() {
  const { undo } = useRoomFlow.getState();
  if (!undo) return;
  useAppStore.getState().replacePersisted(undo.previous);
  useStorageStatus.setState((s) => ({ externalRevision: s.externalRevision + 1 }));
  useRoomFlow.setState({ undo: null });
}

/** Undo is offered only until something else changes, as for opening a plan file. */
useAppStore.subscribe((state) => {
  const { undo } = useRoomFlow.getState();
  if (!undo) return;
  const now = partialize(state);
  const changed = (Object.keys(now) as (keyof PersistedState)[]).some((key) => key !== 'view' && now[key] !== undo.opened[key]);
  if (changed) useRoomFlow.setState({ undo: null });
});
