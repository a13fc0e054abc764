import { useEffect, useId, useRef, useState } from 'react';
import { downloadBlob } from '../lib/download';
import { whenIdle } from '../lib/when-idle';
import { formatNumber } from '../i18n/format';
import { useMessages } from '../i18n/i18n';
import { componentMessages } from './components.messages';
import { userWaits } from '../lib/user-waits';

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

interface PdfExportButtonProps {
  /**
   * Starts the PDF worker and its tools (issue 15): when the screen is idle after the button appears, again after
   * each export (a worker builds one document), and on hover or focus. The click then only sends the data.
   */
  preload: () => void;
  /** Keeps what `preload` started for as long as the button is shown; returns the release (build-in-worker.ts). */
  keepWarm: () => () => void;
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

/** Progress is shown at most this often: each update re-renders and lays out a long page (issue 15). */
const PROGRESS_EVERY_MS = 250;

/** An export button with progress, a guard against double clicks, and a failure message. */
export function PdfExportButton({ label, build, blockedMessage, preload, keepWarm, format = 'pdf' }: PdfExportButtonProps) {
  const [status, setStatus] = useState<ExportStatus>({ kind: 'idle' });
  const running = useRef(false);
  const cancel = useRef<AbortController | null>(null);
  const statusId = useId();
  const messages = useMessages(componentMessages);
  const latestPreload = useRef(preload);
  latestPreload.current = preload;
  const [exports, setExports] = useState(0);
  useEffect(() => whenIdle(() => latestPreload.current()), [exports]);
  useEffect(() => keepWarm(), [keepWarm]);
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
    const done = userWaits();
    cancel.current = new AbortController();
    setStatus({ kind: 'working', pages: 0 });
    const progress = throttledProgress((pages) => setStatus({ kind: 'working', pages }));
    try {
      const pdf = await build({ onProgress: progress.report, signal: cancel.current.signal });
      progress.stop();
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
      done();
      progress.stop();
      running.current = false;
      cancel.current = null;
      setExports((n) => n + 1); // warm the next worker when idle
    }
  };

  return (
    <>
      {/* One row: the button (its label kept, so the row keeps its size), Cancel and the status side by side, so
          "Preparing…" and "Page 12 of 40" change text in place instead of pushing down the rest of a long plan page
          (a re-layout of every section below: the longest frames of an export; issue 15). On a phone they wrap. */}
      <div className="export-row">
        <button
          type="button"
          className="button"
          onClick={exportPdf}
          onPointerEnter={preload}
          onFocus={preload}
          aria-disabled={status.kind === 'working' || undefined}
          aria-describedby={status.kind === 'blocked' ? statusId : undefined}
        >
          {label}
        </button>
        {status.kind === 'working' ? (
          <button type="button" className="button button--secondary" onClick={() => cancel.current?.abort()}>
            {t.pdfCancel}
          </button>
        ) : null}
        <div role="status" aria-live="polite" className="export-row__status" id={statusId}>
          {status.kind === 'working' ? <p>{status.pages > 0 ? t.pdfPages({ pages: formatNumber(status.pages) }) : t.pdfPreparing}</p> : null}
          {status.kind === 'cancelled' ? <p>{t.pdfCancelled}</p> : null}
          {status.kind === 'done' ? <p>{t.pdfDownloaded({ fileName: status.fileName })}</p> : null}
          {status.kind === 'blocked' && blockedMessage ? <p className="field-error">{blockedMessage}</p> : null}
        </div>
      </div>
      {status.kind === 'failed' ? (
        <p className="field-error" role="alert">
          {t.pdfFailed({ reason: status.reason })}
        </p>
      ) : null}
    </>
  );
}

/** Shows the first page count at once, then the latest at most every PROGRESS_EVERY_MS. */
function throttledProgress(show: (pages: number) => void) {
  let shownAt = -Infinity;
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    shownAt = Date.now();
    show(latest);
  };
  return {
    report(pages: number) {
      latest = pages;
      if (timer !== undefined) return;
      const wait = shownAt + PROGRESS_EVERY_MS - Date.now();
      if (wait <= 0) flush();
      else timer = setTimeout(flush, wait);
    },
    stop() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
