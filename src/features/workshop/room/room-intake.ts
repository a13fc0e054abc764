/**
 * What the file intake has to say across batches: files not added stay listed with their reasons until
 * the facilitator dismisses them, and updated files from people already in the room wait for an answer.
 * Kept for the session (not saved): the reasons are worded in the language on screen when they happened.
 */
import { create } from 'zustand';
import { useAppStore } from '../../../store/app-store';
import type { PendingUpdate, RejectedFile } from './participant-files';

export interface ListedRejection extends RejectedFile {
  key: string;
}

interface RoomIntake {
  rejected: ListedRejection[];
  updates: PendingUpdate[];
}

export const useRoomIntake = create<RoomIntake>(() => ({ rejected: [], updates: [] }));

export function recordBatch(rejected: readonly RejectedFile[], updates: readonly PendingUpdate[]) {
  useRoomIntake.setState((s) => ({
    rejected: [...s.rejected, ...rejected.map((r) => ({ ...r, key: crypto.randomUUID() }))],
    // A second update for the same row replaces the first one still waiting.
    updates: [...s.updates.filter((u) => !updates.some((n) => n.rowId === u.rowId)), ...updates],
  }));
}

export function dismissRejected(key?: string) {
  useRoomIntake.setState((s) => ({ rejected: key ? s.rejected.filter((r) => r.key !== key) : [] }));
}

export function answerUpdate(rowId: string, replace: boolean) {
  const update = useRoomIntake.getState().updates.find((u) => u.rowId === rowId);
  if (!update) return;
  if (replace) useAppStore.getState().replaceParticipant(rowId, update.next);
  useRoomIntake.setState((s) => ({ updates: s.updates.filter((u) => u.rowId !== rowId) }));
}

export function clearIntake() {
  useRoomIntake.setState({ rejected: [], updates: [] });
}
