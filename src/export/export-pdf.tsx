import { useId, useRef, useState } from 'react';
import type { PlanDocumentData } from '../pdf/plan-document';
import { findUnprintableCharacters } from '../pdf/printable-text';
import { planProblems, type PlanState } from '../plan/plan-model';
import { toPlanDocumentData } from '../plan/to-plan-document';
import { useAppStore } from '../store/app-store';

type ExportStatus =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; fileName: string }
  | { kind: 'failed'; reason: string }
  | { kind: 'blocked' };

/** Every piece of text that will be printed, so characters the font lacks can be listed first. */
function printedTexts(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => printedTexts(v, out));
  else if (typeof value === 'object' && value !== null) Object.values(value).forEach((v) => printedTexts(v, out));
  return out;
}

const preloadPdfTools = () => void import('../pdf/build-plan-pdf').then((m) => m.preloadPdfTools(), () => {});

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The export button for the plan (full) or readiness report (quick). jsPDF and the font load only
 * here, on click, so no other screen pays for them.
 */
export function ExportPdf({ state }: { state: PlanState }) {
  const [status, setStatus] = useState<ExportStatus>({ kind: 'idle' });
  const running = useRef(false);
  const problemsId = useId();
  const problems = state.mode === 'quick' ? [] : planProblems(state);
  const unprintable = findUnprintableCharacters(printedTexts(toPlanDocumentData(state, new Date())));
  const label = state.mode === 'quick' ? 'Download the readiness report (PDF)' : 'Download the plan (PDF)';

  const exportPdf = async () => {
    // A ref, not state: a double click arrives before React re-renders the disabled button.
    if (running.current) return;
    if (problems.length > 0) {
      setStatus({ kind: 'blocked' });
      return;
    }
    running.current = true;
    setStatus({ kind: 'working' });
    try {
      const data: PlanDocumentData = toPlanDocumentData(useAppStore.getState(), new Date());
      const { buildPlanPdf } = await import('../pdf/build-plan-pdf');
      const pdf = await buildPlanPdf(data);
      download(pdf.blob, pdf.fileName);
      setStatus({ kind: 'done', fileName: pdf.fileName });
    } catch (error) {
      const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
      setStatus({
        kind: 'failed',
        reason: offline
          ? 'The PDF tools could not be loaded while offline. Open the app once with a connection so it can keep them.'
          : error instanceof Error
            ? error.message
            : String(error),
      });
    } finally {
      running.current = false;
    }
  };

  return (
    <div className="export-pdf">
      {unprintable.length > 0 ? (
        <div className="panel panel--warning">
          <p>
            <strong>Some characters cannot be printed in the PDF</strong> and will appear as □:{' '}
            <span className="unprintable-list">{unprintable.join(' ')}</span>
          </p>
          <p className="hint">
            The PDF font covers Latin (including Vietnamese), Greek and Cyrillic. Emoji and other scripts stay exactly as
            typed in the app and in saved files.
          </p>
        </div>
      ) : null}
      <button
        type="button"
        className="button"
        onClick={exportPdf}
        onPointerEnter={preloadPdfTools}
        onFocus={preloadPdfTools}
        aria-disabled={status.kind === 'working' || undefined}
        aria-describedby={status.kind === 'blocked' ? problemsId : undefined}
      >
        {status.kind === 'working' ? 'Preparing your PDF…' : label}
      </button>
      <div role="status" aria-live="polite" className="export-pdf__status" id={problemsId}>
        {status.kind === 'working' ? <p>Preparing your PDF…</p> : null}
        {status.kind === 'done' ? <p>Downloaded “{status.fileName}”.</p> : null}
        {status.kind === 'blocked' ? (
          <p className="field-error">Fix the problems listed under “Before you export” first.</p>
        ) : null}
      </div>
      {status.kind === 'failed' ? (
        <p className="field-error" role="alert">
          The PDF could not be created: {status.reason} Your answers are safe; try again.
        </p>
      ) : null}
    </div>
  );
}
