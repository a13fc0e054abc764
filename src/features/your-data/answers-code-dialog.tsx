/**
 * "Show my answers as a code" (issue 13): the participant's name, profile and ratings as a block of text to
 * copy, made on this device (store/answers-code.ts). Nothing is sent anywhere; the code leaves only as the
 * text the participant copies or shows.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { Dialog } from '../../components/dialog';
import { useMessages } from '../../i18n/i18n';
import { partialize, useAppStore } from '../../store/app-store';
import { answersCodeDialogMessages } from './answers-code.messages';

type CodeState = { kind: 'making' } | { kind: 'ready'; code: string } | { kind: 'none' } | { kind: 'failed' };

export function AnswersCodeDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useMessages(answersCodeDialogMessages);
  const [state, setState] = useState<CodeState>({ kind: 'making' });
  const [copied, setCopied] = useState<'' | 'copied' | 'failed'>('');
  const box = useRef<HTMLTextAreaElement>(null);
  const id = useId();

  useEffect(() => {
    if (!open) return;
    let live = true;
    setState({ kind: 'making' });
    setCopied('');
    const store = useAppStore.getState();
    store.ensureParticipantId();
    const snapshot = partialize(useAppStore.getState());
    const rated = Object.values(snapshot.steps).some((step) => Object.keys((step as { ratings?: object } | undefined)?.ratings ?? {}).length > 0);
    if (!rated) {
      setState({ kind: 'none' });
      return;
    }
    import('../../store/answers-code')
      .then(({ encodeAnswers }) => encodeAnswers(snapshot, new Date()))
      .then(
        (code) => live && setState({ kind: 'ready', code }),
        () => live && setState({ kind: 'failed' }),
      );
    return () => {
      live = false;
    };
  }, [open]);

  const copy = async () => {
    if (state.kind !== 'ready') return;
    try {
      await navigator.clipboard.writeText(state.code);
      setCopied('copied');
    } catch {
      box.current?.focus();
      box.current?.select();
      setCopied('failed');
    }
  };

  return (
    <Dialog open={open} onClose={onClose} title={t.title} description={<p>{t.privacy}</p>} className="answers-code">
      {state.kind === 'making' ? <p role="status">{t.making}</p> : null}
      {state.kind === 'none' ? <p role="status">{t.noRatings}</p> : null}
      {state.kind === 'failed' ? <p role="alert">{t.failed}</p> : null}
      {state.kind === 'ready' ? (
        <div className="field">
          <label className="label" htmlFor={id}>
            {t.label}
          </label>
          <textarea
            ref={box}
            id={id}
            className="textarea answers-code__box"
            readOnly
            rows={6}
            spellCheck={false}
            value={state.code}
            onFocus={(event) => event.currentTarget.select()}
          />
        </div>
      ) : null}
      <p role="status" className="answers-code__status">
        {copied === 'copied' ? t.copied : copied === 'failed' ? t.copyFailed : ''}
      </p>
      <div className="button-row">
        {state.kind === 'ready' ? (
          <button type="button" className="button" onClick={() => void copy()} data-autofocus>
            {t.copy}
          </button>
        ) : null}
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t.close}
        </button>
      </div>
    </Dialog>
  );
}
