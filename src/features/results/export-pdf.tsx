import { interpolate } from '../../components/interpolate';
import { useMessages } from '../../i18n/i18n';
import type { PlanDocumentData } from '../../pdf/plan-document';
import { findUnprintableCharacters } from '../../pdf/printable-text';
import { planProblems, type PlanState } from './plan/plan-model';
import { planDocumentFor } from './plan/to-plan-document';
import { useAppStore } from '../../store/app-store';
import { PdfExportButton } from '../../components/pdf-export-button';
import { buildPdf, holdPdfWorker, warmUpPdfWorker, type BuildOptions } from '../../pdf/build-in-worker';
import type { PdfJobKind } from '../../pdf/pdf-job';
import { exportPdfMessages } from './results.messages';

/**
 * Starts the PDF worker, which loads the builder for `kind` (and jsPDF and the fonts for a PDF), when the screen
 * is idle or the export button is pointed at or focused.
 */
export const preloadPdfTools = (kind: PdfJobKind) => () => warmUpPdfWorker([kind]);

/** Keeps that worker while an export button is shown (PdfExportButton's `keepWarm`). */
export const keepPdfToolsWarm = holdPdfWorker;

/** Every piece of text that will be printed, so characters the font lacks can be listed first. */
function printedTexts(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => printedTexts(v, out));
  else if (typeof value === 'object' && value !== null) Object.values(value).forEach((v) => printedTexts(v, out));
  return out;
}

/** Lists the characters the PDF font lacks, before any export. */
export function UnprintableWarning({ state }: { state: PlanState }) {
  const t = useMessages(exportPdfMessages);
  const unprintable = findUnprintableCharacters(printedTexts(planDocumentFor(state, new Date())));
  if (unprintable.length === 0) return null;
  return (
    <div className="panel panel--warning">
      <p>
        {interpolate(t.unprintable, {
          warning: <strong>{t.unprintableWarning}</strong>,
          characters: <span className="unprintable-list">{unprintable.join(' ')}</span>,
        })}
      </p>
      <p className="hint">{t.unprintableHint}</p>
    </div>
  );
}

/**
 * The export button for the plan (full) or readiness report (quick). jsPDF and the font load in the PDF worker,
 * started when this screen is idle, so no other screen pays for them.
 */
export function ExportPdf({ state }: { state: PlanState }) {
  const t = useMessages(exportPdfMessages);
  const problems = state.mode === 'quick' ? [] : planProblems(state);
  const label = state.mode === 'quick' ? t.downloadReport : t.downloadPlan;

  // Synchronous up to the worker's postMessage: the job is on its way before the click re-renders the page.
  const build = (options: BuildOptions) => {
    const data: PlanDocumentData = planDocumentFor(useAppStore.getState(), new Date());
    return buildPdf({ kind: 'plan', data }, options);
  };

  return (
    <div className="export-pdf">
      <UnprintableWarning state={state} />
      <PdfExportButton
        label={label}
        build={build}
        preload={preloadPdfTools('plan')}
        keepWarm={keepPdfToolsWarm}
        blockedMessage={problems.length > 0 ? t.blocked : null}
      />
    </div>
  );
}
