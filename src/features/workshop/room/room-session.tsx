/**
 * The room as a session of its own: the way back, its name, "Save the room" / "Open a room", and what
 * opening a room file or making a team plan has to say (with Undo).
 */
import { useId, useRef } from 'react';
import { Dialog } from '../../../components/dialog';
import { FilePicker } from '../../../components/file-picker';
import { interpolate } from '../../../components/interpolate';
import { useMessages } from '../../../i18n/i18n';
import { useAppStore } from '../../../store/app-store';
import { saveRoom } from '../../../store/file-flow';
import { openView } from '../../../store/navigation';
import { ROOM_LIMITS } from '../../../store/room-slice';
import {
  cancelRoomQuestion,
  confirmOpenRoom,
  dismissRoomNotice,
  openRoomFile,
  undoRoomChange,
  useRoomFlow,
} from '../../../store/room-flow';
import { clearIntake } from './room-intake';
import { roomPageMessages } from './room.messages';

export function RoomSession() {
  const t = useMessages(roomPageMessages);
  const name = useAppStore((s) => s.room.name);
  const setRoomName = useAppStore((s) => s.setRoomName);
  const nameId = useId();
  const nameHintId = useId();
  const openId = useId();
  const openInput = useRef<HTMLInputElement>(null);
  return (
    <section className="results-section" aria-labelledby="room-session-heading">
      <h2 className="section-title" id="room-session-heading">
        {t.sessionTitle}
      </h2>
      <div className="field">
        <label className="label" htmlFor={nameId}>
          {t.roomNameLabel}
        </label>
        <p className="hint" id={nameHintId}>
          {t.roomNameHint}
        </p>
        <input
          id={nameId}
          className="input"
          type="text"
          value={name}
          maxLength={ROOM_LIMITS.roomName}
          aria-describedby={nameHintId}
          onChange={(event) => setRoomName(event.currentTarget.value)}
        />
      </div>
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={() => saveRoom()}>
          {t.saveRoom}
        </button>
      </div>
      <FilePicker
        id={openId}
        inputRef={openInput}
        label={t.openRoom}
        hint={t.openRoomHint}
        accept=".json,application/json"
        onFiles={([file]) => {
          if (file) void openRoomFile(file).then(() => clearIntakeIfOpened());
        }}
      />
      <RoomNotices onDismissed={() => openInput.current?.focus()} />
      <ReplaceRoomDialog />
    </section>
  );
}

/** A room file replaces the room: the notes about the previous room's files no longer apply. */
function clearIntakeIfOpened() {
  if (useRoomFlow.getState().undo?.kind === 'room-opened') clearIntake();
}

function RoomNotices({ onDismissed }: { onDismissed: () => void }) {
  const t = useMessages(roomPageMessages);
  const { error, undo } = useRoomFlow();
  const dismiss = () => {
    dismissRoomNotice();
    onDismissed();
  };
  return (
    <>
      {error ? (
        <div className="notice notice--error" role="alert">
          <h3 className="notice__title">
            {interpolate(t.roomNotOpened, { fileName: <span className="file-name">{error.fileName}</span> })}
          </h3>
          <p>{error.message}</p>
          <button type="button" className="button button--small button--secondary" onClick={dismiss}>
            {t.dismiss}
          </button>
        </div>
      ) : null}
      {undo ? (
        <div className="notice notice--success" role="status">
          <p className="notice__title">{undo.kind === 'room-opened' ? t.roomOpened : t.teamPlanMade}</p>
          <div className="notice__actions">
            {undo.kind === 'team-plan' ? (
              <button type="button" className="button button--small" onClick={() => openView({ name: 'results' })}>
                {t.seeTeamResults}
              </button>
            ) : null}
            <button type="button" className="button button--small button--secondary" onClick={undoRoomChange}>
              {t.undo}
            </button>
            <button type="button" className="button button--small button--secondary" onClick={dismiss}>
              {t.dismiss}
            </button>
          </div>
        </div>
      ) : null}
    </>
  );
}

function ReplaceRoomDialog() {
  const t = useMessages(roomPageMessages);
  const pending = useRoomFlow((s) => s.pendingRoom);
  return (
    <Dialog
      open={pending !== null}
      onClose={cancelRoomQuestion}
      title={t.replaceRoomTitle}
      description={<p>{t.replaceRoomDetail({ fileName: pending?.fileName ?? '' })}</p>}
    >
      <div className="button-row">
        <button
          type="button"
          className="button"
          onClick={() => {
            saveRoom();
            confirmOpenRoom();
            clearIntake();
          }}
        >
          {t.saveRoomFirst}
        </button>
        <button
          type="button"
          className="button button--warning"
          onClick={() => {
            confirmOpenRoom();
            clearIntake();
          }}
        >
          {t.replaceRoom}
        </button>
        <button type="button" className="button button--secondary" onClick={cancelRoomQuestion} data-autofocus>
          {t.cancel}
        </button>
      </div>
    </Dialog>
  );
}
