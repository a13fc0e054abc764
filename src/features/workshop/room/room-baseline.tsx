import { useId, useMemo, useState } from 'react';
import { TableWrap } from '../../../components/table-wrap';
import { formatDay } from '../../../i18n/format';
import { useMessages } from '../../../i18n/i18n';
import { compareProgress } from '../../../scoring/progress';
import { levelLabel } from '../../../scoring/readiness';
import { STEP_IDS, stepContent, type StepId } from '../../../stages/stage-list';
import { emptyPlan } from '../../../store/plan-slice';
import type { ParticipantRatings } from '../../../store/room-slice';
import type { Snapshot } from '../../../store/snapshot-types';
import { takeSnapshot } from '../../../store/take-snapshot';
import { roomBaselineMessages } from './room-baseline.messages';

type State = { kind: 'idle' } | { kind: 'reading' } | { kind: 'failed'; message: string } | { kind: 'shown'; snapshot: Snapshot };

/** The consensus as an assessment, so it compares with a baseline exactly as a reassessment does. */
function consensusSnapshot(consensus: ParticipantRatings, now: Date): Snapshot {
  const steps = Object.fromEntries(
    Object.entries(consensus).map(([stepId, items]) => [
      stepId,
      { ratings: Object.fromEntries(Object.entries(items ?? {}).map(([itemId, level]) => [itemId, { level, notes: '' }])) },
    ]),
  );
  return takeSnapshot({ mode: 'quick', profile: null, steps, completed: [], plan: emptyPlan() }, now, 'consensus');
}

const titleOf = (stepId: string) =>
  (STEP_IDS as readonly string[]).includes(stepId) ? `${stepContent(stepId as StepId).number}. ${stepContent(stepId as StepId).title}` : stepId;

/**
 * A group's baseline beside its new consensus (issue 14). The baseline lives only on this page: the room's
 * saved data and files are unchanged, so opening one can never cost the room anything.
 */
export function RoomBaseline({ consensus }: { consensus: ParticipantRatings }) {
  const t = useMessages(roomBaselineMessages);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const inputId = useId();
  const messageId = useId();
  const progress = useMemo(
    () => (state.kind === 'shown' ? compareProgress(state.snapshot, consensusSnapshot(consensus, new Date()), '9999-12-31') : null),
    [state, consensus],
  );

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setState({ kind: 'reading' });
    const [bytes, { baselineFromFile }] = await Promise.all([file.arrayBuffer(), import('../../../store/baseline-from-file')]);
    const result = baselineFromFile(bytes, new Date());
    setState(result.ok ? { kind: 'shown', snapshot: result.snapshot } : { kind: 'failed', message: result.message });
  };

  return (
    <section className="results-section" aria-labelledby="room-baseline-heading">
      <h2 className="section-title" id="room-baseline-heading">
        {t.title}
      </h2>
      <p>{t.intro}</p>
      <div className="form-group">
        <label className="label" htmlFor={inputId}>
          {t.fileLabel}
        </label>
        <input
          id={inputId}
          type="file"
          accept=".json,application/json"
          aria-describedby={state.kind === 'failed' ? messageId : undefined}
          onChange={(event) => void choose(event.currentTarget)}
        />
        {state.kind === 'reading' ? <p role="status">{t.reading}</p> : null}
        {state.kind === 'failed' ? (
          <p className="field-error" id={messageId} role="alert">
            {state.message}
          </p>
        ) : null}
      </div>
      {state.kind === 'shown' && progress ? (
        <>
          <p>
            {state.snapshot.orgName
              ? t.shown({ orgName: state.snapshot.orgName, date: formatDay(state.snapshot.takenAt) })
              : t.shownNoName({ date: formatDay(state.snapshot.takenAt) })}{' '}
            {t.moved(progress.moved.length)}
          </p>
          <TableWrap label={t.tableCaption}>
            <table className="table">
              <caption className="table__caption">{t.tableCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.columns.step}</th>
                  <th scope="col">{t.columns.baseline}</th>
                  <th scope="col">{t.columns.consensus}</th>
                  <th scope="col">{t.columns.change}</th>
                </tr>
              </thead>
              <tbody>
                {[...progress.steps.map((s) => ({ ...s, label: titleOf(s.stepId) })), { ...progress.overall, stepId: 'overall', label: t.overall }].map((row) => (
                  <tr key={row.stepId}>
                    <th scope="row">{row.label}</th>
                    <td>{levelLabel(row.from)}</td>
                    <td>{levelLabel(row.to)}</td>
                    <td>{t.change[row.direction]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          <button type="button" className="button button--secondary" onClick={() => setState({ kind: 'idle' })}>
            {t.remove}
          </button>
        </>
      ) : null}
    </section>
  );
}
