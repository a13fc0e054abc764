import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { openView } from '../../../store/navigation';
import { TableWrap } from '../../../components/table-wrap';
import { useDocumentTitle } from '../../../components/use-document-title';
import { ratingLabel, LEVELS, RATINGS, type Rating } from '../../../content/levels';
import { sourcePageText, sourceTitle } from '../../../content/sources';
import { PdfExportButton } from '../../../components/pdf-export-button';

/** The PDF tools (jsPDF, fonts) start loading when the export button is pointed at or focused. */
const preloadPdfTools = () => void import('../../../pdf/pdf-tools').then((m) => m.preloadPdfTools(), () => {});
import { ResetForNextGroupButton } from './reset-dialog';
import { PLAN_FILE_EXTENSION, PLAN_FILE_MAX_BYTES, tooLarge } from '../../../store/plan-file-format';
import { levelLabel } from '../../../scoring/readiness';
import { todayIso } from '../../../store/form-values';
import { STEP_IDS, stepContent, type StepId } from '../../../stages/stage-list';
import { useAppStore } from '../../../store/app-store';
import { ROOM_LIMITS, mergeConsensus, type Participant } from '../../../store/room-slice';
import {
  DISAGREEMENT_RULE_TEXT,
  MOST_DISPUTED_COUNT,
  combineRoom,
  consensusReadiness,
  rangeLabel,
  type ItemSpread,
} from '../../../scoring/room-combine';
import {
  ROOM_FULL_REASON,
  participantsFromFiles,
  type ParticipantFile,
  type RejectedFile,
} from './participant-files';
import './room.css';

type HeadingRef = React.RefObject<HTMLHeadingElement | null>;

type LoadStatus =
  | { kind: 'idle' }
  | { kind: 'reading'; count: number }
  | { kind: 'done'; added: number; rejected: RejectedFile[] }
  | { kind: 'failed'; message: string };

/**
 * Reads each file's bytes; a file too large or unreadable carries its reason instead. Files past what
 * a room can hold are not read at all, so dropping a folder of hundreds cannot exhaust memory.
 */
async function readFiles(files: readonly File[]): Promise<ParticipantFile[]> {
  return Promise.all(
    files.map(async (file, index): Promise<ParticipantFile> => {
      if (index >= ROOM_LIMITS.participants) return { fileName: file.name, content: { unreadable: ROOM_FULL_REASON } };
      // Size first, so a huge file is never read into memory.
      if (file.size > PLAN_FILE_MAX_BYTES)
        return { fileName: file.name, content: { unreadable: tooLarge(file.size) } };
      try {
        return { fileName: file.name, content: await file.arrayBuffer() };
      } catch {
        return {
          fileName: file.name,
          content: {
            unreadable: 'This file could not be read. It may have been moved or deleted.',
          },
        };
      }
    }),
  );
}

const itemIdsOf = (stepId: StepId) => stepContent(stepId).items.map((item) => item.id);

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function AddFiles() {
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
        readFiles(files),
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
      setStatus({
        kind: 'failed',
        message:
          'The part of the app that checks plan files could not be loaded. Check your connection and try again.',
      });
    }
  };

  return (
    <section className="results-section" aria-labelledby="add-files-heading">
      <h2 className="section-title" id="add-files-heading">
        Add participants’ files
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
          Plan files saved by participants
        </label>
        <p className="hint" id={hintId}>
          Choose several {PLAN_FILE_EXTENSION} files at once, or drop them here. Each is a file a
          participant or team saved with “Save a copy”. Only their names and ratings are kept in the
          room.
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
        {status.kind === 'reading' ? <p>Reading {plural(status.count, 'file')}…</p> : null}
        {status.kind === 'done' ? (
          <p>
            Added {plural(status.added, 'participant')}.
            {status.rejected.length > 0
              ? ` ${plural(status.rejected.length, 'file was', 'files were')} not added; see why below.`
              : ''}
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
          <h3 className="room-subtitle">Files not added ({status.rejected.length})</h3>
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

function ParticipantsTable({ participants }: { participants: readonly Participant[] }) {
  const removeParticipant = useAppStore((s) => s.removeParticipant);
  const [removed, setRemoved] = useState('');
  const rowButtons = useRef(new Map<string, HTMLButtonElement>());
  const emptyNote = useRef<HTMLParagraphElement>(null);

  // The Remove button leaves with its row: put focus on the next row's button (or the previous one, or
  // the empty-room note) so a keyboard user stays in place, and say what happened.
  const remove = (p: Participant, index: number) => {
    const neighbour = participants[index + 1] ?? participants[index - 1];
    removeParticipant(p.id);
    setRemoved(`Removed ${p.name} (${p.fileName}).`);
    requestAnimationFrame(() =>
      (neighbour ? rowButtons.current.get(neighbour.id) : emptyNote.current)?.focus(),
    );
  };

  const announcement = (
    <p className="visually-hidden" role="status">
      {removed}
    </p>
  );
  if (participants.length === 0) {
    return (
      <>
        {announcement}
        <p className="hint" ref={emptyNote} tabIndex={-1}>
          No participants yet. Add their files above.
        </p>
      </>
    );
  }
  return (
    <>
      {announcement}
      <TableWrap label="Participants">
        <table className="table room-table">
          <caption className="table__caption">Participants ({participants.length})</caption>
          <thead>
            <tr>
              <th scope="col">School, district or team</th>
              <th scope="col">Who rated</th>
              <th scope="col">File</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {participants.map((p, index) => (
              <tr key={p.id}>
                <th scope="row" className="room-table__name">
                  {p.name}
                </th>
                <td className="room-table__name">{p.team || '—'}</td>
                <td className="file-name room-table__name">{p.fileName}</td>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    aria-label={`Remove ${p.name} (${p.fileName})`}
                    ref={(button) => {
                      if (button) rowButtons.current.set(p.id, button);
                      else rowButtons.current.delete(p.id);
                    }}
                    onClick={() => remove(p, index)}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </>
  );
}

function SpreadList({ item }: { item: ItemSpread }) {
  return (
    <ul className="spread" aria-label={`Ratings of item ${item.itemNumber}`}>
      {LEVELS.map((level) => (
        <li key={level} className={`spread__part level-tag level-tag--${level}`}>
          {ratingLabel(level)} <strong>{item.counts[level]}</strong>
        </li>
      ))}
      <li className="spread__part level-tag">
        Not sure yet <strong>{item.notSure}</strong>
      </li>
      <li className="spread__part level-tag">
        No answer <strong>{item.notAnswered}</strong>
      </li>
    </ul>
  );
}

function distanceText(item: ItemSpread): string {
  return `${rangeLabel(item)}, ${plural(item.distance, 'level')} apart`;
}

function ConsensusChoice({ item, value }: { item: ItemSpread; value: Rating | undefined }) {
  const setConsensus = useAppStore((s) => s.setConsensus);
  const name = useId();
  return (
    <fieldset className="consensus">
      <legend className="consensus__legend">
        Consensus for item {item.itemNumber}
        <span className="visually-hidden">: {item.statement}</span>
      </legend>
      <div className="consensus__options">
        {RATINGS.map((rating) => (
          <label key={rating} className="consensus__option">
            <input
              type="radio"
              name={name}
              value={rating}
              checked={value === rating}
              onChange={() =>
                setConsensus(item.stepId, item.itemId, rating, itemIdsOf(item.stepId))
              }
            />{' '}
            {ratingLabel(rating)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function StepItems({ stepId, items }: { stepId: StepId; items: readonly ItemSpread[] }) {
  const consensus = useAppStore((s) => s.room.consensus[stepId]);
  const existing = useAppStore((s) => s.steps[stepId]?.ratings);
  const content = stepContent(stepId);
  const agreed = items.filter((i) => consensus?.[i.itemId]).length;
  const written = mergeConsensus(existing, consensus, itemIdsOf(stepId)) !== null && agreed > 0;
  return (
    <section className="room-step" aria-labelledby={`room-step-${stepId}`}>
      <h3 className="room-subtitle" id={`room-step-${stepId}`}>
        Step {content.number}. {content.title}
      </h3>
      <p className="hint">
        {agreed} of {items.length} items agreed.{' '}
        {agreed === 0
          ? ''
          : written
            ? 'The consensus is the team’s answer for this step.'
            : 'The consensus becomes the team’s answer once every item in this step has one.'}
      </p>
      <ol className="room-items">
        {items.map((item) => (
          <li key={item.itemId} className="room-item">
            <p className="room-item__statement">
              <span className="room-item__number">{item.itemNumber}</span> {item.statement}
            </p>
            <SpreadList item={item} />
            <p className="hint">Range: {distanceText(item)}.</p>
            <ConsensusChoice item={item} value={consensus?.[item.itemId]} />
          </li>
        ))}
      </ol>
    </section>
  );
}

export function RoomPage({ headingRef }: { headingRef: HeadingRef }) {
  const room = useAppStore((s) => s.room);
  useDocumentTitle('Workshop room');
  const summary = useMemo(() => combineRoom(room.participants), [room.participants]);
  const agreement = useMemo(() => consensusReadiness(room.consensus), [room.consensus]);
  const disputed = summary.mostDisputed.slice(0, MOST_DISPUTED_COUNT);
  const hasParticipants = room.participants.length > 0;

  const buildReport = async () => {
    const { room: current } = useAppStore.getState();
    const { buildRoomReportPdf } = await import('../../../pdf/build-room-report-pdf');
    return buildRoomReportPdf({
      generatedAt: new Date().toISOString(),
      date: todayIso(),
      participants: current.participants,
      summary: combineRoom(current.participants),
      consensus: current.consensus,
      consensusReadiness: consensusReadiness(current.consensus),
    });
  };

  return (
    <>
      <p className="caption">For facilitators</p>
      <h1 className="page-title" tabIndex={-1} ref={headingRef}>
        Workshop room: individual, then team
      </h1>
      <p className="lead">
        Each participant or team rates readiness on their own device and saves a copy. Open their
        files here to see where the room agrees and where it does not, talk through the most
        disputed items, and record the rating the room agrees on.
      </p>
      <p className="source">
        The readiness items come from the implementation steps in <cite>{sourceTitle()}</cite>: “
        {sourcePageText('steps')}”.
      </p>

      <AddFiles />

      <section className="results-section" aria-labelledby="participants-heading">
        <h2 className="section-title" id="participants-heading">
          Participants
        </h2>
        <ParticipantsTable participants={room.participants} />
      </section>

      {hasParticipants ? (
        <>
          <section className="results-section" aria-labelledby="disputed-heading">
            <h2 className="section-title" id="disputed-heading">
              Most disputed items
            </h2>
            <ul className="rule-list">
              {DISAGREEMENT_RULE_TEXT.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            {disputed.length === 0 ? (
              <p>
                No item has ratings at different levels: the room rated every item the same way.
              </p>
            ) : (
              <ol className="disputed-list">
                {disputed.map((item) => (
                  <li key={`${item.stepId}.${item.itemId}`}>
                    <strong>{item.itemNumber}</strong> {item.statement}{' '}
                    <span className="hint">({distanceText(item)})</span>
                  </li>
                ))}
              </ol>
            )}
          </section>

          <section className="results-section" aria-labelledby="step-spread-heading">
            <h2 className="section-title" id="step-spread-heading">
              Spread by step
            </h2>
            <p>
              How many participants’ ratings roll up to each level for each step, under the same
              rule as the results.
            </p>
            <TableWrap label="Spread by step">
              <table className="table">
                <caption className="table__caption">Participants at each level, by step</caption>
                <thead>
                  <tr>
                    <th scope="col">Step</th>
                    {LEVELS.map((l) => (
                      <th scope="col" key={l}>
                        {ratingLabel(l)}
                      </th>
                    ))}
                    <th scope="col">Not enough answers</th>
                    <th scope="col">Range</th>
                  </tr>
                </thead>
                <tbody>
                  {summary.steps.map((s) => (
                    <tr key={s.stepId}>
                      <th scope="row">
                        {s.stepNumber}. {s.title}
                      </th>
                      {LEVELS.map((l) => (
                        <td key={l}>{s.counts[l]}</td>
                      ))}
                      <td>{s.notJudged}</td>
                      <td>{rangeLabel(s)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          </section>
        </>
      ) : null}

      <section className="results-section" aria-labelledby="consensus-heading">
        <h2 className="section-title" id="consensus-heading">
          Consensus by item
        </h2>
        <p>
          For each item, record the rating the room agrees on. It becomes the team’s answer in this
          browser: the results and the plan use it, and any evidence already written stays.
        </p>
        {STEP_IDS.map((stepId) => (
          <StepItems
            key={stepId}
            stepId={stepId}
            items={summary.items.filter((i) => i.stepId === stepId)}
          />
        ))}
      </section>

      <section className="results-section" aria-labelledby="agreement-heading">
        <h2 className="section-title" id="agreement-heading">
          The group’s consensus readiness
        </h2>
        <p>
          {agreement.agreedCount} of {agreement.itemCount} items have a consensus. Overall readiness
          from the consensus: <strong>{levelLabel(agreement.overall)}</strong>.
        </p>
        <TableWrap label="Consensus readiness by step">
          <table className="table">
            <caption className="table__caption">Consensus readiness by step</caption>
            <thead>
              <tr>
                <th scope="col">Step</th>
                <th scope="col">Items agreed</th>
                <th scope="col">Level</th>
              </tr>
            </thead>
            <tbody>
              {agreement.steps.map((s) => (
                <tr key={s.stepId}>
                  <th scope="row">
                    {s.stepNumber}. {s.title}
                  </th>
                  <td>
                    {s.agreed} of {s.items}
                  </td>
                  <td>{levelLabel(s.level)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
        <div className="button-row">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => openView({ name: 'results' })}
          >
            See the team’s results
          </button>
        </div>
      </section>

      <section className="results-section" aria-labelledby="report-heading">
        <h2 className="section-title" id="report-heading">
          Room report and the next group
        </h2>
        <p>
          The report holds the participants, the spread per step and item, the most disputed items
          and the consensus.
        </p>
        <div className="export-pdf">
          <PdfExportButton
            label="Download the room report (PDF)"
            build={buildReport}
            preload={preloadPdfTools}
            blockedMessage={hasParticipants ? null : 'Add at least one participant’s file first.'}
          />
        </div>
        <p>When this group is done, clear the room and the answers before the next one arrives.</p>
        <ResetForNextGroupButton />
      </section>
    </>
  );
}
