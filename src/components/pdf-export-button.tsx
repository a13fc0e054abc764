import { useId, useRef, useState } from 'react';
import { downloadBlob } from '../lib/download';
import { formatNumber } from '../i18n/format';
import { useMessages } from '../i18n/i18n';
import { componentMessages } from './components.messages';

type ExportStatus =
  | { kind: 'idle' }
  | { kind: 'working'; pages: number }
  | { kind: 'cancelled' }
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
  /**
   * Builds the PDF (in a worker: see src/pdf/build-in-worker.ts), reporting pages as they are laid out and
   * stopping when `signal` aborts. Should load the builder itself, so jsPDF loads only on click.
   */
  build: (options: { onProgress: (pagesSoFar: number) => void; signal: AbortSignal }) => Promise<BuiltPdf>;
  /** When set, clicking shows this instead of exporting. */
  blockedMessage?: string | null;
  /** A Word file reports progress without pages. Default 'pdf'. */
  format?: 'pdf' | 'docx';
}

/** An export button with progress, a guard against double clicks, and a failure message. */
export function PdfExportButton({ label, build, blockedMessage, preload, format = 'pdf' }: PdfExportButtonProps) {
  const [status, setStatus] = useState<ExportStatus>({ kind: 'idle' });
  const running = useRef(false);
  const cancel = useRef<AbortController | null>(null);
  const statusId = useId();
  const messages = useMessages(componentMessages);
  const t =
    format === 'docx'
      ? {
          ...messages,
          pdfPreparing: messages.docxPreparing,
          pdfPages: () => messages.docxPreparing,
          pdfCancelled: messages.docxCancelled,
          pdfOffline: messages.docxOffline,
          pdfFailed: messages.docxFailed,
        }
      : messages;

  const exportPdf = async () => {
    // A ref, not state: a double click arrives before React re-renders the disabled button.
    if (running.current) return;
    if (blockedMessage) {
      setStatus({ kind: 'blocked' });
      return;
    }
    running.current = true;
    cancel.current = new AbortController();
    setStatus({ kind: 'working', pages: 0 });
    try {
      const pdf = await build({
        onProgress: (pages) => setStatus({ kind: 'working', pages }),
        signal: cancel.current.signal,
      });
      downloadBlob(pdf.fileName, pdf.blob);
      setStatus({ kind: 'done', fileName: pdf.fileName });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') {
        setStatus({ kind: 'cancelled' });
        return;
      }
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
      cancel.current = null;
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
      {status.kind === 'working' ? (
        <button type="button" className="button button--secondary export-pdf__cancel" onClick={() => cancel.current?.abort()}>
          {t.pdfCancel}
        </button>
      ) : null}
      <div role="status" aria-live="polite" className="export-pdf__status" id={statusId}>
        {status.kind === 'working' ? <p>{status.pages > 0 ? t.pdfPages({ pages: formatNumber(status.pages) }) : t.pdfPreparing}</p> : null}
        {status.kind === 'cancelled' ? <p>{t.pdfCancelled}</p> : null}
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
