import { useId, useState } from 'react';
import { Dialog } from '../../components/dialog';
import { useMessages } from '../../i18n/i18n';
import type { Snapshot } from '../../store/snapshot-types';
import { startReassessment } from '../../store/reassess-flow';
import { reassessMessages } from '../../store/reassess.messages';
import { reassessDetail } from './reassess-detail';
import { snapshotListMessages } from './snapshots.messages';

type State =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'failed'; message: string }
  | { kind: 'ask'; fileName: string; snapshot: Snapshot };

/**
 * An older plan file opened from disk as the baseline. The file is read and checked first (a newer app's file,
 * another app's, or one without ratings is refused with its reason, and nothing changes); then the team is asked.
 */
export function ReassessFromFile() {
  const t = useMessages(snapshotListMessages);
  const r = useMessages(reassessMessages);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const inputId = useId();
  const hintId = useId();
  const messageId = useId();

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again still fires a change
    if (!file) return;
    setState({ kind: 'reading' });
    try {
      const [bytes, { baselineFromFile }] = await Promise.all([file.arrayBuffer(), import('../../store/baseline-from-file')]);
      const result = baselineFromFile(bytes, new Date());
      setState(result.ok ? { kind: 'ask', fileName: file.name, snapshot: result.snapshot } : { kind: 'failed', message: result.message });
    } catch {
      setState({ kind: 'failed', message: r.noRatings });
    }
  };

  return (
    <div className="form-group">
      <h3>{t.fileTitle}</h3>
      <label className="label" htmlFor={inputId}>
        {r.fromFileLabel}
      </label>
      <p className="hint" id={hintId}>
        {r.fromFileHint}
      </p>
      <input
        id={inputId}
        type="file"
        accept=".json,application/json"
        data-testid="baseline-file-input"
        aria-describedby={state.kind === 'failed' ? `${hintId} ${messageId}` : hintId}
        onChange={(event) => void choose(event.currentTarget)}
      />
      {state.kind === 'reading' ? <p role="status">{t.fileReading}</p> : null}
      {state.kind === 'failed' ? (
        <p className="field-error" id={messageId} role="alert">
          {state.message}
        </p>
      ) : null}
      <Dialog
        open={state.kind === 'ask'}
        onClose={() => setState({ kind: 'idle' })}
        title={state.kind === 'ask' ? t.fileQuestion({ fileName: state.fileName }) : ''}
        description={state.kind === 'ask' ? <p>{reassessDetail(state.snapshot)}</p> : undefined}
      >
        <div className="button-row">
          <button
            type="button"
            className="button button--warning"
            onClick={() => {
              if (state.kind !== 'ask') return;
              const { snapshot } = state;
              setState({ kind: 'idle' });
              startReassessment({ snapshotId: null, snapshot });
            }}
          >
            {r.confirm}
          </button>
          <button type="button" className="button button--secondary" data-autofocus onClick={() => setState({ kind: 'idle' })}>
            {t.cancel}
          </button>
        </div>
      </Dialog>
    </div>
  );
}
