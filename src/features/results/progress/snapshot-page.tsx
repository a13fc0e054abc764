import { useState } from 'react';
import { ConfirmButton } from '../../../components/confirm-button';
import { PdfExportButton } from '../../../components/pdf-export-button';
import { ScreenHeading } from '../../../components/screen-heading';
import { TableWrap } from '../../../components/table-wrap';
import { useDocumentTitle } from '../../../components/use-document-title';
import { formatDay, formatTime } from '../../../i18n/format';
import { messagesOf, useMessages } from '../../../i18n/i18n';
import { buildPdf, type BuildOptions } from '../../../pdf/build-in-worker';
import { statusLabel } from '../../../store/action-row.schema';
import { useAppStore } from '../../../store/app-store';
import { openView } from '../../../store/navigation';
import { planFileName, serializePlanFile } from '../../../store/plan-file-format';
import { hasCurrentAnswers, otherOrganisation, startReassessment } from '../../../store/reassess-flow';
import { reassessMessages } from '../../../store/reassess.messages';
import type { Snapshot } from '../../../store/snapshot-types';
import { downloadText } from '../../../lib/download';
import { CONTENT_VERSION } from '../../../stages/stage-order';
import { keepPdfToolsWarm, preloadPdfTools } from '../export-pdf';
import { toPlanDocumentData } from '../plan/to-plan-document';
import { itemStatementOf, levelText, ratingText, stepTitleOf } from './progress-words';
import { snapshotMessages } from './progress.messages';
import { snapshotState } from './snapshot-state';

type HeadingRef = React.RefObject<HTMLHeadingElement | null>;

/** Ask before replacing answers, and name the other school or district if the snapshot is someone else's. */
export function ReassessFromSnapshot({ snapshot, label }: { snapshot: Snapshot; label: string }) {
  const r = useMessages(reassessMessages);
  const other = otherOrganisation(snapshot);
  const detail = [
    hasCurrentAnswers() ? r.replaces : '',
    other ? r.otherOrg({ baseline: snapshot.orgName, current: other }) : '',
    r.startFresh,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <ConfirmButton
      label={label}
      question={r.question({ date: formatDay(snapshot.takenAt) })}
      detail={detail}
      confirmLabel={r.confirm}
      className="button"
      onConfirm={() => startReassessment({ snapshotId: snapshot.id, snapshot: structuredClone(snapshot) })}
    />
  );
}

/** One snapshot, read-only: levels, ratings and evidence, actions; export it or start a reassessment from it. */
export function SnapshotPage({ id, headingRef }: { id: string; headingRef: HeadingRef }) {
  const t = useMessages(snapshotMessages);
  useDocumentTitle(t.documentTitle);
  const snapshot = useAppStore((s) => s.snapshots.find((snap) => snap.id === id) ?? (s.baseline?.snapshotId === id ? s.baseline.snapshot : undefined));
  const [saved, setSaved] = useState<string | null>(null);
  if (!snapshot) {
    return (
      <>
        <ScreenHeading headingRef={headingRef}>{t.documentTitle}</ScreenHeading>
        <p>{t.notFound}</p>
        <button type="button" className="button" onClick={() => openView({ name: 'start' })}>
          {t.back}
        </button>
      </>
    );
  }
  const date = formatDay(snapshot.takenAt);
  const state = snapshotState(snapshot);
  const build = (options: BuildOptions) => buildPdf({ kind: 'plan', data: toPlanDocumentData(state, new Date()) }, options);
  const saveFile = () => {
    const now = new Date();
    const fileName = planFileName(state, new Date(snapshot.takenAt));
    downloadText(fileName, serializePlanFile(state, now));
    setSaved(messagesOf(snapshotMessages).fileSaved({ fileName }));
  };
  const stepIds = Object.keys(snapshot.items);

  return (
    <>
      <ScreenHeading headingRef={headingRef} caption={snapshot.mode === 'quick' ? t.modeQuick : t.modeFull}>
        {t.title({ date })}
      </ScreenHeading>
      <p className="lead">{t.taken({ date, time: formatTime(new Date(snapshot.takenAt)) })}</p>
      {snapshot.orgName ? <p>{t.organisation({ orgName: snapshot.orgName })}</p> : null}
      <p>
        <strong>{t.overall({ level: levelText(snapshot.overall) })}</strong>
      </p>
      <p className="hint">{t.readOnly}</p>
      {snapshot.contentVersion !== CONTENT_VERSION ? <p className="hint">{t.olderContent}</p> : null}

      <section className="results-section" aria-labelledby="snapshot-levels">
        <h2 className="section-title" id="snapshot-levels">
          {t.levelsHeading}
        </h2>
        <TableWrap label={t.levelsHeading}>
          <table className="table">
            <caption className="table__caption">{t.levelsHeading}</caption>
            <thead>
              <tr>
                <th scope="col">{t.columns.step}</th>
                <th scope="col">{t.columns.level}</th>
              </tr>
            </thead>
            <tbody>
              {stepIds.map((stepId) => (
                <tr key={stepId}>
                  <th scope="row">{stepTitleOf(stepId).title}</th>
                  <td>{levelText(snapshot.stepLevels[stepId] ?? null)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </section>

      <section className="results-section" aria-labelledby="snapshot-ratings">
        <h2 className="section-title" id="snapshot-ratings">
          {t.ratingsHeading}
        </h2>
        {stepIds.map((stepId) => {
          const title = stepTitleOf(stepId).title;
          return (
            <TableWrap key={stepId} label={title}>
              <table className="table">
                <caption className="table__caption">{title}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.columns.item}</th>
                    <th scope="col">{t.columns.rating}</th>
                    <th scope="col">{t.columns.notes}</th>
                  </tr>
                </thead>
                <tbody>
                  {(snapshot.items[stepId] ?? []).map((itemId) => {
                    const rating = snapshot.ratings[stepId]?.[itemId];
                    return (
                      <tr key={itemId}>
                        <th scope="row">{itemStatementOf(stepId, itemId)}</th>
                        <td>{ratingText(rating?.level)}</td>
                        <td>{rating?.notes ?? ''}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </TableWrap>
          );
        })}
      </section>

      <section className="results-section" aria-labelledby="snapshot-actions">
        <h2 className="section-title" id="snapshot-actions">
          {t.actionsHeading}
        </h2>
        {snapshot.actions.length === 0 ? (
          <p>{t.noActions}</p>
        ) : (
          <ul>
            {snapshot.actions.map((a) => (
              <li key={a.id}>{t.actionLine({ action: a.action, status: statusLabel(a.status) })}</li>
            ))}
          </ul>
        )}
      </section>

      <section className="results-section" aria-labelledby="snapshot-export">
        <h2 className="section-title" id="snapshot-export">
          {t.exportHeading}
        </h2>
        <PdfExportButton label={t.exportPdf} build={build} preload={preloadPdfTools('plan')} keepWarm={keepPdfToolsWarm} />
        <div className="button-row">
          <button type="button" className="button button--secondary" onClick={saveFile}>
            {t.exportFile}
          </button>
        </div>
        <p role="status">{saved}</p>
      </section>

      <div className="button-row">
        <ReassessFromSnapshot snapshot={snapshot} label={t.reassess} />
        <button type="button" className="button button--secondary" onClick={() => openView({ name: 'start' })}>
          {t.back}
        </button>
      </div>
    </>
  );
}
