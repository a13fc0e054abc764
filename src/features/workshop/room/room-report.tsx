import { PdfExportButton } from '../../../components/pdf-export-button';
import { buildPdf, holdPdfWorker, warmUpPdfWorker, type BuildOptions } from '../../../pdf/build-in-worker';
import { useMessages } from '../../../i18n/i18n';
import { useAppStore } from '../../../store/app-store';
import { todayIso } from '../../../store/form-values';
import { ResetForNextGroupButton } from './reset-dialog';
import { roomReportMessages } from './room.messages';
import { toRoomReportData } from './to-room-report-data';

/** The PDF worker starts, loading jsPDF and the fonts, when the room is idle or the button is pointed at or focused. */
const preloadPdfTools = () => warmUpPdfWorker(['room']);

/** The room as it is when the button is pressed, as a PDF, built in the worker the idle room screen started. */
function buildReport(options: BuildOptions) {
  const { room } = useAppStore.getState();
  return buildPdf({ kind: 'room', data: toRoomReportData(room, new Date(), todayIso()) }, options);
}

/** Download the room report, and clear the room for the next group. */
export function RoomReportAndReset({ hasParticipants }: { hasParticipants: boolean }) {
  const t = useMessages(roomReportMessages);
  return (
    <section className="results-section" aria-labelledby="report-heading">
      <h2 className="section-title" id="report-heading">
        {t.title}
      </h2>
      <p>{t.intro}</p>
      <div className="export-pdf">
        <PdfExportButton
          label={t.download}
          build={buildReport}
          preload={preloadPdfTools}
          keepWarm={holdPdfWorker}
          blockedMessage={hasParticipants ? null : t.blocked}
        />
      </div>
      <p>{t.nextGroup}</p>
      <ResetForNextGroupButton />
    </section>
  );
}
