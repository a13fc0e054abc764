/**
 * "Paste a code": a participant's answers as text (store/answers-code.ts), checked exactly like a file once
 * unpacked, with the same messages. What is wrong with the code itself is said beside the box.
 */
import { useId, useRef, useState } from 'react';
import { formatNumber } from '../../../i18n/format';
import { messagesOf, useMessages } from '../../../i18n/i18n';
import { answersCodeMessages } from '../../../store/answers-code.messages';
import { useAppStore } from '../../../store/app-store';
import { ROOM_LIMITS } from '../../../store/room-slice';
import { contentHash } from './content-hash';
import { createFileCombiner, type CombineFilesResult } from './participant-files';
import { pasteCodeMessages } from './paste-code.messages';

let pastedCount = 0;

async function combineCode(text: string, fileName: string): Promise<CombineFilesResult | string> {
  const [{ decodeAnswers, ANSWERS_CODE_MAX_CHARS }, { parsePlanFile }] = await Promise.all([
    import('../../../store/answers-code'),
    import('../../../store/plan-file'),
  ]);
  const decoded = await decodeAnswers(text);
  if (!decoded.ok) {
    const t = messagesOf(answersCodeMessages);
    if (decoded.problem === 'newer') return t.newer({ version: decoded.version ?? 0 });
    if (decoded.problem === 'tooLong') return t.tooLong({ max: formatNumber(ANSWERS_CODE_MAX_CHARS) });
    return t[decoded.problem];
  }
  const { room } = useAppStore.getState();
  const combiner = createFileCombiner(room.participants, parsePlanFile, Math.max(0, ROOM_LIMITS.participants - room.participants.length));
  const bytes = decoded.bytes.slice().buffer;
  combiner.add({ fileName, content: bytes, hash: await contentHash(bytes) });
  return combiner.result();
}

export function PasteCode({ onResult, checkerFailed }: { onResult: (result: CombineFilesResult) => void; checkerFailed: string }) {
  const t = useMessages(pasteCodeMessages);
  const id = useId();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);

  const add = async () => {
    if (busy) return;
    setBusy(true);
    setError('');
    try {
      const result = await combineCode(box.current?.value ?? '', t.codeName({ number: pastedCount + 1 }));
      if (typeof result === 'string') {
        setError(result);
        box.current?.focus();
      } else {
        pastedCount++;
        if (box.current) box.current.value = '';
        onResult(result);
      }
    } catch {
      setError(checkerFailed);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="field paste-code">
      <label className="label" htmlFor={id}>
        {t.label}
      </label>
      <p className="hint" id={`${id}-hint`}>
        {t.hint}
      </p>
      <textarea
        ref={box}
        id={id}
        className="textarea paste-code__box"
        rows={3}
        spellCheck={false}
        autoComplete="off"
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        aria-invalid={error ? true : undefined}
      />
      {error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
      <div className="button-row">
        <button type="button" className="button button--secondary" aria-disabled={busy} onClick={() => void add()}>
          {t.add}
        </button>
      </div>
    </div>
  );
}
