/**
 * The plan page's exports (issue 12 §3): the board summary and the full plan as PDFs, and the full plan as a
 * Word document. All three are built in the PDF worker from the same plan document, read from the store at the
 * moment of the click, so each shows what the screen shows. The worker loads the builders when the page is idle.
 */
import { PdfExportButton } from '../../../components/pdf-export-button';
import { useMessages } from '../../../i18n/i18n';
import { buildPdf, warmUpPdfWorker, type BuildOptions } from '../../../pdf/build-in-worker';
import { useAppStore } from '../../../store/app-store';
import { exportPdfMessages } from '../results.messages';
import { preloadPdfTools, UnprintableWarning } from '../export-pdf';
import { planProblems, type PlanState } from './plan-model';
import { planExportsMessages } from './plan-exports.messages';
import { lastPlanDocument, planDocumentFor } from './to-plan-document';

type Kind = 'board' | 'plan' | 'docx';

function builder(kind: Kind) {
  // Synchronous up to the worker's postMessage: the job is on its way before the click re-renders the page.
  return (options: BuildOptions) => buildPdf({ kind, data: planDocumentFor(useAppStore.getState(), new Date()) }, options);
}

/**
 * The full plan's worker also builds the plan once for practice, so the click's build runs on warm code: the plan
 * as the screen last worded it, never worded again for this (that would be main-thread time at idle).
 */
const practiseFullPlan = (when: 'idle' | 'intent') => {
  // Only at idle: on hover the click is about to come, and would wait behind the practice.
  const data = when === 'idle' ? lastPlanDocument() : undefined;
  warmUpPdfWorker(['plan'], data ? { kind: 'plan', data: shortened(data) } : undefined);
};

/**
 * The plan with every list cut to its first few entries: enough to run each part of the builder, and small to
 * copy to the worker (copying a maximum-length plan was a long task of its own at 4× throttling).
 */
function shortened<T>(value: T): T {
  if (Array.isArray(value)) return value.slice(0, 3).map(shortened) as T;
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, shortened(entry)])) as T;
}

export function PlanExports({ state }: { state: PlanState }) {
  const t = useMessages(planExportsMessages);
  const exportMessages = useMessages(exportPdfMessages);
  const blocked = planProblems(state).length > 0 ? exportMessages.blocked : null;
  return (
    <div className="export-pdf plan-exports" role="group" aria-labelledby="plan-exports-heading">
      <h3 id="plan-exports-heading">{t.heading}</h3>
      <p className="hint">{t.intro}</p>
      <UnprintableWarning state={state} />
      <div className="plan-exports__item">
        <PdfExportButton label={t.board} build={builder('board')} preload={preloadPdfTools('board')} blockedMessage={blocked} />
      </div>
      <div className="plan-exports__item">
        <PdfExportButton label={t.full} build={builder('plan')} preload={practiseFullPlan} blockedMessage={blocked} />
      </div>
      <div className="plan-exports__item">
        <PdfExportButton label={t.docx} build={builder('docx')} preload={preloadPdfTools('docx')} blockedMessage={blocked} format="docx" />
      </div>
    </div>
  );
}
