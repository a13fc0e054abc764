import { useEffect, useId, useRef, useState } from 'react';
import { FilePicker } from '../../../components/file-picker';
import { fill, useMessages } from '../../../i18n/i18n';
import { PLAN_FILE_EXTENSION, PLAN_FILE_MAX_BYTES, tooLarge } from '../../../store/plan-file-format';
import { useAppStore } from '../../../store/app-store';
import { ROOM_LIMITS } from '../../../store/room-slice';
import { createFileCombiner, type CombineFilesResult, type ParticipantFile } from './participant-files';
import { answerUpdate, dismissRejected, recordBatch, useRoomIntake } from './room-intake';
import { roomFilesMessages } from './room.messages';
import { contentHash } from './content-hash';
import { PasteCode } from './paste-code';

type LoadStatus =
  | { kind: 'idle' }
  | { kind: 'reading'; count: number }
  | { kind: 'done'; added: number; rejected: number; updates: number }
  | { kind: 'failed'; message: string };

export { contentHash } from './content-hash';

/** Files read, hashed and checked between two breaks for the page: small enough that no task runs long. */
const SLICE = 20;
/** Checking stops for a break once it has held the page this long (a long task is 50 ms). */
const TASK_BUDGET_MS = 30;

/** Let the page paint and answer input before the next slice (scheduler.yield where there is one). */
const yieldToPage = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};

/** One file's bytes and hash; a file too large or unreadable carries its reason instead (never read into memory). */
async function readFile(file: File, unreadable: string): Promise<ParticipantFile> {
  if (file.size > PLAN_FILE_MAX_BYTES) return { fileName: file.name, content: { unreadable: tooLarge(file.size) }, hash: '' };
  try {
    const bytes = await file.arrayBuffer();
    return { fileName: file.name, content: bytes, hash: await contentHash(bytes) };
  } catch {
    return { fileName: file.name, content: { unreadable }, hash: '' };
  }
}

/**
 * Reads and checks the files a slice at a time, so hundreds of files neither freeze the page nor sit in
 * memory together: each file's bytes are dropped once checked. `onProgress` gets the files done so far.
 */
export async function combineFiles(
  files: readonly File[],
  unreadable: string,
  onProgress: (done: number) => void,
): Promise<CombineFilesResult> {
  // The checks for plan files (and zod) load on first use.
  const { parsePlanFile } = await import('../../../store/plan-file');
  const { room } = useAppStore.getState();
  const combiner = createFileCombiner(room.participants, parsePlanFile, Math.max(0, ROOM_LIMITS.participants - room.participants.length));
  const read = (start: number) => Promise.all(files.slice(start, start + SLICE).map((file) => readFile(file, unreadable)));
  let next = read(0);
  for (let start = 0; start < files.length; start += SLICE) {
    const slice = await next;
    // The browser reads the next slice from disk while this one is checked.
    if (start + SLICE < files.length) next = read(start + SLICE);
    let since = performance.now();
    for (const file of slice) {
      combiner.add(file);
      if (performance.now() - since > TASK_BUDGET_MS) {
        await yieldToPage();
        since = performance.now();
      }
    }
    onProgress(Math.min(files.length, start + SLICE));
    await yieldToPage();
  }
  return combiner.result();
}

/** The file intake: choose or drop participants' plan files, then say what was added and why the rest was not. */
export function AddFiles() {
  const t = useMessages(roomFilesMessages);
  const [status, setStatus] = useState<LoadStatus>({ kind: 'idle' });
  // Shown, not announced: the status line says once that reading began and once what came of it.
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const inputId = useId();
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

  const finish = ({ added, rejected, updates }: CombineFilesResult) => {
    useAppStore.getState().addParticipants(added);
    recordBatch(rejected, updates);
    setStatus({ kind: 'done', added: added.length, rejected: rejected.length, updates: updates.length });
  };

  const addFiles = async (files: readonly File[]) => {
    if (files.length === 0) return;
    setStatus({ kind: 'reading', count: files.length });
    setProgress({ done: 0, total: files.length });
    try {
      finish(await combineFiles(files, t.unreadable, (done) => setProgress({ done, total: files.length })));
    } catch {
      setStatus({ kind: 'failed', message: t.checkerFailed });
    }
    setProgress(null);
  };

  return (
    <section className="results-section" aria-labelledby="add-files-heading">
      <h2 className="section-title" id="add-files-heading">
        {t.title}
      </h2>
      <FilePicker
        id={inputId}
        inputRef={input}
        label={t.label}
        hint={t.hint({ extension: PLAN_FILE_EXTENSION })}
        accept={`${PLAN_FILE_EXTENSION},application/json`}
        multiple
        onFiles={(files) => void addFiles(files)}
      />
      <PasteCode onResult={finish} checkerFailed={t.checkerFailed} />
      <div role="status" className="room-status">
        {status.kind === 'reading' ? <p>{t.reading(status.count)}</p> : null}
        {status.kind === 'done' ? (
          <p>
            {t.added(status.added)}
            {status.rejected > 0 ? ` ${t.notAdded(status.rejected)}` : ''}
            {status.updates > 0 ? ` ${t.updatesWaiting(status.updates)}` : ''}
          </p>
        ) : null}
      </div>
      {progress ? (
        <div className="room-progress">
          <label htmlFor={`${inputId}-progress`}>{fill(t.readingProgress(progress.total), { done: progress.done })}</label>{' '}
          <progress id={`${inputId}-progress`} max={progress.total} value={progress.done} />
        </div>
      ) : null}
      {status.kind === 'failed' ? (
        <p className="field-error" role="alert">
          {status.message}
        </p>
      ) : null}
      <PendingUpdates />
      <RejectedFiles onAllDismissed={() => input.current?.focus()} />
    </section>
  );
}

/** Updated files from people already in the room: replace their earlier ratings, or keep them. */
function PendingUpdates() {
  const t = useMessages(roomFilesMessages);
  const updates = useRoomIntake((s) => s.updates);
  if (updates.length === 0) return null;
  return (
    <div className="panel panel--warning">
      <h3 className="room-subtitle">{t.updatesTitle({ count: updates.length })}</h3>
      <ul className="rejected-list">
        {updates.map((u) => (
          <li key={u.rowId}>
            <p>{t.updateQuestion({ name: u.previous.name, fileName: u.next.fileName, previousFile: u.previous.fileName })}</p>
            <div className="button-row">
              <button type="button" className="button button--small" onClick={() => answerUpdate(u.rowId, true)}>
                {t.replaceRatings({ name: u.previous.name })}
              </button>
              <button type="button" className="button button--small button--secondary" onClick={() => answerUpdate(u.rowId, false)}>
                {t.keepRatings({ name: u.previous.name })}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Every file not added since the last dismissal, across batches, with its reason. */
function RejectedFiles({ onAllDismissed }: { onAllDismissed: () => void }) {
  const t = useMessages(roomFilesMessages);
  const rejected = useRoomIntake((s) => s.rejected);
  const heading = useRef<HTMLHeadingElement>(null);
  if (rejected.length === 0) return null;
  return (
    <div className="panel panel--warning" role="region" aria-labelledby="rejected-files-heading">
      <h3 className="room-subtitle" id="rejected-files-heading" ref={heading} tabIndex={-1}>
        {t.notAddedTitle({ count: rejected.length })}
      </h3>
      <ul className="rejected-list">
        {rejected.map((file) => (
          <li key={file.key}>
            <strong className="file-name">{file.fileName}</strong>: {file.reason}{' '}
            <button
              type="button"
              className="link-button"
              aria-label={t.dismissOneLabel({ fileName: file.fileName })}
              onClick={() => {
                dismissRejected(file.key);
                // The list's heading stays while files remain; with the last one gone, back to the file input.
                if (rejected.length > 1) heading.current?.focus();
                else onAllDismissed();
              }}
            >
              {t.dismissOne}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button button--small button--secondary" onClick={() => {
          dismissRejected();
          onAllDismissed();
        }}>
        {t.dismissAll}
      </button>
    </div>
  );
}
