/**
 * The plan page's exports (issue 12 §3): the board summary and the full plan as PDFs, and the full plan as a
 * Word document. All three are built in the PDF worker from the same plan document, read from the store at the
 * moment of the click, so each shows what the screen shows. The worker loads the builders when the page is idle.
 */
import { PdfExportButton } from '../../../components/pdf-export-button';
import { useMessages } from '../../../i18n/i18n';
import { buildPdf, type BuildOptions } from '../../../pdf/build-in-worker';
import { useAppStore } from '../../../store/app-store';
import { exportPdfMessages } from '../results.messages';
import { keepPdfToolsWarm, preloadPdfTools, UnprintableWarning } from '../export-pdf';
import { planProblems, type PlanState } from './plan-model';
import { planExportsMessages } from './plan-exports.messages';
import { planDocumentFor } from './to-plan-document';

type Kind = 'board' | 'plan' | 'docx';

function builder(kind: Kind) {
  // Synchronous up to the worker's postMessage: the job is on its way before the click re-renders the page.
  return (options: BuildOptions) => buildPdf({ kind, data: planDocumentFor(useAppStore.getState(), new Date()) }, options);
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
        <PdfExportButton label={t.board} build={builder('board')} preload={preloadPdfTools('board')} keepWarm={keepPdfToolsWarm} blockedMessage={blocked} />
      </div>
      <div className="plan-exports__item">
        <PdfExportButton label={t.full} build={builder('plan')} preload={preloadPdfTools('plan')} keepWarm={keepPdfToolsWarm} blockedMessage={blocked} />
      </div>
      <div className="plan-exports__item">
        <PdfExportButton label={t.docx} build={builder('docx')} preload={preloadPdfTools('docx')} keepWarm={keepPdfToolsWarm} blockedMessage={blocked} format="docx" />
      </div>
    </div>
  );
}
