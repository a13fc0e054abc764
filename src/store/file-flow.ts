/**
 * Save a copy / open a file / undo, as a small store of its own so the menu, the confirm dialog and
 * the notices can live in different parts of the page.
 */
import { create } from 'zustand';
import { PLAN_FILE_MAX_BYTES, planFileName, serializePlanFile, tooLarge } from './plan-file-format';
import { partialize, safeStorage, useAppStore } from './app-store';
import type { PersistedState } from './persist-keys';
import { useStorageStatus } from './safe-storage';
import { downloadText } from '../lib/download';
import { messagesOf } from '../i18n/i18n';
import { storeMessages } from './store.messages';
import { emptyRoom } from './room-slice';
import { roomFileName, serializeRoomFile } from './room-file-format';

interface FileFlow {
  /** A valid file waiting for the user to confirm that it may replace the current answers. */
  pending: { fileName: string; state: PersistedState } | null;
  /** Why the last file could not be opened, worded in the language on screen when it was refused. */
  error: { fileName: string; message: string } | null;
  /**
   * The answers a file or a reset replaced, for Undo, and the answers that replaced them (to tell when
   * they change). `fileName` is null after a reset for the next group.
   */
  undo: { fileName: string | null; previous: PersistedState; opened: PersistedState } | null;
}

export const useFileFlow = create<FileFlow>(() => ({ pending: null, error: null, undo: null }));

const currentState = () => partialize(useAppStore.getState());

/**
 * True when the plan holds nothing worth keeping, so replacing it needs no confirmation. The workshop
 * room does not count: opening a plan never touches it.
 */
export function isPlanEmpty(state: PersistedState) {
  return (
    state.mode === null &&
    state.profile === null &&
    Object.keys(state.steps).length === 0 &&
    Object.keys(state.drafts).length === 0
  );
}

/**
 * A plan file carries the plan and who saved it (a participant id, made on the first save), never the
 * facilitator's room: the room is saved as its own file.
 */
export function saveCopy(now = new Date()) {
  useAppStore.getState().ensureParticipantId();
  const state = { ...currentState(), room: emptyRoom() };
  downloadText(planFileName(state, now), serializePlanFile(state, now));
}

/** "Save the room": the room alone, as a room file. */
export function saveRoom(now = new Date()) {
  const { room } = useAppStore.getState();
  downloadText(roomFileName(room, now), serializeRoomFile(room, now));
}

export async function chooseFile(file: File) {
  useFileFlow.setState({ error: null, pending: null });
  // Size first, so a huge file is never read into memory.
  if (file.size > PLAN_FILE_MAX_BYTES) {
    useFileFlow.setState({ error: { fileName: file.name, message: tooLarge(file.size) } });
    return;
  }
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch {
    useFileFlow.setState({ error: { fileName: file.name, message: messagesOf(storeMessages).fileUnreadable } });
    return;
  }
  let result: ReturnType<typeof import('./plan-file').parsePlanFile>;
  try {
    // The schema checks (and zod) load on first use, so the start page does not pay for them.
    const { parsePlanFile } = await import('./plan-file');
    result = parsePlanFile(bytes);
  } catch {
    useFileFlow.setState({ error: { fileName: file.name, message: messagesOf(storeMessages).checksNotLoaded } });
    return;
  }
  if (!result.ok) {
    useFileFlow.setState({ error: { fileName: file.name, message: result.message } });
    return;
  }
  if (isPlanEmpty(currentState())) applyFile(file.name, result.state);
  else useFileFlow.setState({ pending: { fileName: file.name, state: result.state } });
}

function applyFile(fileName: string, state: PersistedState) {
  const previous = currentState();
  // The room in use stays; an older plan file that still carries a room brings it only into an empty one.
  const keepRoom = previous.room.participants.length > 0 || Object.keys(previous.room.consensus).length > 0;
  useAppStore.getState().replacePersisted({ ...state, room: keepRoom ? previous.room : state.room });
  useStorageStatus.setState((s) => ({ externalRevision: s.externalRevision + 1 }));
  useFileFlow.setState({ pending: null, error: null, undo: { fileName, previous, opened: currentState() } });
}

/**
 * Undo is offered right after opening, not later: once an answer changes, undoing would throw that
 * change away too. Moving between pages does not count as a change.
 */
useAppStore.subscribe((state) => {
  const { undo } = useFileFlow.getState();
  if (!undo) return;
  const now = partialize(state);
  const changed = (Object.keys(now) as (keyof PersistedState)[]).some((key) => key !== 'view' && now[key] !== undo.opened[key]);
  if (changed) useFileFlow.setState({ undo: null });
});

export function confirmOpen() {
  const { pending } = useFileFlow.getState();
  if (pending) applyFile(pending.fileName, pending.state);
}

export function cancelOpen() {
  useFileFlow.setState({ pending: null });
}

export function undoOpen() {
  const { undo } = useFileFlow.getState();
  if (!undo) return;
  useAppStore.getState().replacePersisted(undo.previous);
  useStorageStatus.setState((s) => ({ externalRevision: s.externalRevision + 1 }));
  useFileFlow.setState({ undo: null });
}

export function dismissFileNotice() {
  useFileFlow.setState({ error: null, undo: null });
}

/** Remove every key the app owns, after clearing the answers in memory (and in other tabs). */
export function removeMyAnswers() {
  useAppStore.getState().startOver();
  safeStorage.removeAllAppData();
  useFileFlow.setState({ pending: null, error: null, undo: null });
  useStorageStatus.setState((s) => ({ externalRevision: s.externalRevision + 1 }));
}

export function setMemoryOnly(on: boolean) {
  safeStorage.setMemoryOnly(on);
  // Turning saving back on writes the current answers at once.
  if (!on) useAppStore.setState({});
}

export function downloadUnreadable() {
  const unreadable = useStorageStatus.getState().unreadable;
  if (unreadable) downloadText(`stem-plan-unreadable-${new Date().toISOString().slice(0, 10)}.txt`, unreadable.raw, 'text/plain');
}

/** Resolves once the newer answers are in (the checks for saved data may have to load first). */
export async function loadNewerAnswers() {
  useStorageStatus.setState({ conflict: false });
  await useAppStore.persist.rehydrate();
  useStorageStatus.setState((s) => ({ externalRevision: s.externalRevision + 1 }));
}

export function keepThisTabsAnswers() {
  safeStorage.acceptOverwrite();
  useAppStore.setState({});
}

/**
 * Between two workshop groups: clear the facilitator room, and only the room (the facilitator's own
 * plan stays as it is), staying on the current screen. Saving the room first (if chosen) happens
 * before anything is cleared.
 */
export function resetForNextGroup({ saveFirst }: { saveFirst: boolean }) {
  if (saveFirst) saveRoom();
  const previous = currentState();
  useAppStore.getState().replaceRoom(emptyRoom());
  // Undo, as after opening a file: the download may have been blocked, or the click a mistake.
  useFileFlow.setState({ pending: null, error: null, undo: { fileName: null, previous, opened: currentState() } });
  useStorageStatus.setState((s) => ({ externalRevision: s.externalRevision + 1 }));
}
