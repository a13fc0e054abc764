import { useEffect, useId, useRef, useState } from 'react';
import { useMessages } from '../../../i18n/i18n';
import { PLAN_FILE_EXTENSION, PLAN_FILE_MAX_BYTES, tooLarge } from '../../../store/plan-file-format';
import { useAppStore } from '../../../store/app-store';
import { ROOM_LIMITS } from '../../../store/room-slice';
import { participantsFromFiles, roomFullReason, type ParticipantFile, type RejectedFile } from './participant-files';
import { roomFilesMessages } from './room.messages';

type LoadStatus =
  | { kind: 'idle' }
  | { kind: 'reading'; count: number }
  | { kind: 'done'; added: number; rejected: RejectedFile[] }
  | { kind: 'failed'; message: string };

/**
 * Reads each file's bytes; a file too large or unreadable carries its reason instead. Files past what
 * a room can hold are not read at all, so dropping a folder of hundreds cannot exhaust memory.
 */
async function readFiles(files: readonly File[], unreadable: string): Promise<ParticipantFile[]> {
  return Promise.all(
    files.map(async (file, index): Promise<ParticipantFile> => {
      if (index >= ROOM_LIMITS.participants) return { fileName: file.name, content: { unreadable: roomFullReason() } };
      // Size first, so a huge file is never read into memory.
      if (file.size > PLAN_FILE_MAX_BYTES)
        return { fileName: file.name, content: { unreadable: tooLarge(file.size) } };
      try {
        return { fileName: file.name, content: await file.arrayBuffer() };
      } catch {
        return { fileName: file.name, content: { unreadable } };
      }
    }),
  );
}

/** The file intake: choose or drop participants' plan files, then say what was added and why the rest was not. */
export function AddFiles() {
  const t = useMessages(roomFilesMessages);
  const [status, setStatus] = useState<LoadStatus>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const inputId = useId();
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);

  // A file dropped just outside the zone would otherwise make the browser open it in place of the app.
  useEffect(() => {
    const keepInApp = (event: DragEvent) => event.preventDefault();
    window.addEventListener('dragover', keepInApp);
    window.addEventListener('drop', keepInApp);
    return () => {
      window.removeEventListener('dragover', keepInApp);
      window.removeEventListener('drop', keepInApp);
    };
  }, []);

  const addFiles = async (files: readonly File[]) => {
    if (files.length === 0) return;
    setStatus({ kind: 'reading', count: files.length });
    try {
      // The checks for plan files (and zod) load on first use.
      const [{ parsePlanFile }, contents] = await Promise.all([
        import('../../../store/plan-file'),
        readFiles(files, t.unreadable),
      ]);
      const { room, addParticipants } = useAppStore.getState();
      const existing = room.participants.map((p) => p.fileName);
      const { added, rejected } = participantsFromFiles(
        contents,
        existing,
        parsePlanFile,
        Math.max(0, ROOM_LIMITS.participants - room.participants.length),
      );
      addParticipants(added);
      setStatus({ kind: 'done', added: added.length, rejected });
    } catch {
      setStatus({ kind: 'failed', message: t.checkerFailed });
    }
  };

  return (
    <section className="results-section" aria-labelledby="add-files-heading">
      <h2 className="section-title" id="add-files-heading">
        {t.title}
      </h2>
      <div
        className={`drop-zone${dragging ? ' drop-zone--active' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          void addFiles(Array.from(event.dataTransfer.files));
        }}
      >
        <label className="label" htmlFor={inputId}>
          {t.label}
        </label>
        <p className="hint" id={hintId}>
          {t.hint({ extension: PLAN_FILE_EXTENSION })}
        </p>
        <input
          ref={input}
          id={inputId}
          type="file"
          multiple
          accept={`${PLAN_FILE_EXTENSION},application/json`}
          aria-describedby={hintId}
          className="drop-zone__input"
          onChange={(event) => {
            const files = Array.from(event.currentTarget.files ?? []);
            event.currentTarget.value = '';
            void addFiles(files);
          }}
        />
      </div>
      <div role="status" className="room-status">
        {status.kind === 'reading' ? <p>{t.reading(status.count)}</p> : null}
        {status.kind === 'done' ? (
          <p>
            {t.added(status.added)}
            {status.rejected.length > 0 ? ` ${t.notAdded(status.rejected.length)}` : ''}
          </p>
        ) : null}
      </div>
      {status.kind === 'failed' ? (
        <p className="field-error" role="alert">
          {status.message}
        </p>
      ) : null}
      {status.kind === 'done' && status.rejected.length > 0 ? (
        <div className="panel panel--warning">
          <h3 className="room-subtitle">{t.notAddedTitle({ count: status.rejected.length })}</h3>
          <ul className="rejected-list">
            {status.rejected.map((file, index) => (
              <li key={`${file.fileName}-${index}`}>
                <strong className="file-name">{file.fileName}</strong>: {file.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
