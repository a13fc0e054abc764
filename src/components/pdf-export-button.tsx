import { useId, useRef, useState } from 'react';
import { downloadBlob } from '../lib/download';
import { useMessages } from '../i18n/i18n';
import { componentMessages } from './components.messages';

type ExportStatus =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; fileName: string }
  | { kind: 'failed'; reason: string }
  | { kind: 'blocked' };

export interface BuiltPdf {
  blob: Blob;
  fileName: string;
}

/** On hover or focus: start fetching jsPDF and the font, so the click that usually follows waits less. */

interface PdfExportButtonProps {
  /** Starts loading the PDF tools when the button is pointed at or focused, so the click waits less. */
  preload: () => void;
  label: string;
  /** Builds the PDF; should import the builder (and so jsPDF) itself, so it loads only on click. */
  build: () => Promise<BuiltPdf>;
  /** When set, clicking shows this instead of exporting. */
  blockedMessage?: string | null;
}

/** An export button with progress, a guard against double clicks, and a failure message. */
export function PdfExportButton({ label, build, blockedMessage, preload }: PdfExportButtonProps) {
  const [status, setStatus] = useState<ExportStatus>({ kind: 'idle' });
  const running = useRef(false);
  const statusId = useId();
  const t = useMessages(componentMessages);

  const exportPdf = async () => {
    // A ref, not state: a double click arrives before React re-renders the disabled button.
    if (running.current) return;
    if (blockedMessage) {
      setStatus({ kind: 'blocked' });
      return;
    }
    running.current = true;
    setStatus({ kind: 'working' });
    try {
      const pdf = await build();
      downloadBlob(pdf.fileName, pdf.blob);
      setStatus({ kind: 'done', fileName: pdf.fileName });
    } catch (error) {
      const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
      setStatus({
        kind: 'failed',
        reason: offline
          ? t.pdfOffline
          : error instanceof Error
            ? error.message
            : String(error),
      });
    } finally {
      running.current = false;
    }
  };

  return (
    <>
      <button
        type="button"
        className="button"
        onClick={exportPdf}
        onPointerEnter={preload}
        onFocus={preload}
        aria-disabled={status.kind === 'working' || undefined}
        aria-describedby={status.kind === 'blocked' ? statusId : undefined}
      >
        {status.kind === 'working' ? t.pdfPreparing : label}
      </button>
      <div role="status" aria-live="polite" className="export-pdf__status" id={statusId}>
        {status.kind === 'working' ? <p>{t.pdfPreparing}</p> : null}
        {status.kind === 'done' ? <p>{t.pdfDownloaded({ fileName: status.fileName })}</p> : null}
        {status.kind === 'blocked' && blockedMessage ? <p className="field-error">{blockedMessage}</p> : null}
      </div>
      {status.kind === 'failed' ? (
        <p className="field-error" role="alert">
          {t.pdfFailed({ reason: status.reason })}
        </p>
      ) : null}
    </>
  );
}
