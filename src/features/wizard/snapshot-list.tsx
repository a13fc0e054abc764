import { useRef, useState } from 'react';
import { ConfirmButton } from '../../components/confirm-button';
// The level names straight from their catalog: content/levels.ts shares a lazy chunk with the checks (zod).
import { levelMessages } from '../../content/content.messages';
import { formatDay, formatTime } from '../../i18n/format';
import { messagesOf, useMessages } from '../../i18n/i18n';
import { useAppStore } from '../../store/app-store';
import { openView, preloadOnIntent } from '../../store/navigation';
import { startReassessment } from '../../store/reassess-flow';
import { reassessDetail } from './reassess-detail';
import { reassessMessages } from '../../store/reassess.messages';
import type { Snapshot } from '../../store/snapshot-types';
import { ReassessFromFile } from './reassess-from-file';
import { snapshotListMessages } from './snapshots.messages';
import './snapshot-list.css';

const preloadResults = preloadOnIntent({ name: 'progress' });

/** "November 30, 2026", or with the time when another snapshot was taken the same day. */
function whenOf(snapshot: Snapshot, all: readonly Snapshot[]): string {
  const day = formatDay(new Date(snapshot.takenAt));
  const sameDay = all.some((other) => other.id !== snapshot.id && formatDay(new Date(other.takenAt)) === day);
  return sameDay ? messagesOf(snapshotListMessages).dateTime({ date: day, time: formatTime(new Date(snapshot.takenAt)) }) : day;
}

/** The start page's past snapshots: view (and export), start a reassessment, delete after asking. */
export function SnapshotList() {
  const t = useMessages(snapshotListMessages);
  const r = useMessages(reassessMessages);
  const levels = useMessages(levelMessages);
  const snapshots = useAppStore((s) => s.snapshots);
  const baselineId = useAppStore((s) => s.baseline?.snapshotId ?? null);
  const hasBaseline = useAppStore((s) => s.baseline !== null);
  const [status, setStatus] = useState('');
  // After a delete the button that had focus is gone: focus goes to the list's heading, not the page's top.
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Newest first: the one a team most likely reassesses against.
  const listed = [...snapshots].reverse();

  return (
    <section aria-labelledby="snapshots-title">
      <h2 id="snapshots-title" className="section-title" ref={headingRef} tabIndex={-1}>
        {t.title}
      </h2>
      <p>{listed.length === 0 ? t.none : t.intro}</p>
      {hasBaseline ? (
        <p>
          <button type="button" className="link-button" {...preloadResults} onClick={() => openView({ name: 'progress' })}>
            {t.progressLink}
          </button>
        </p>
      ) : null}
      {listed.length > 0 ? (
        <ul className="snapshot-list" aria-label={t.listLabel}>
          {listed.map((snapshot) => {
            const when = whenOf(snapshot, snapshots);
            return (
              <li key={snapshot.id} className="panel">
                <h3>{when}</h3>
                <p>
                  {snapshot.orgName
                    ? t.kindAndOrg({ kind: snapshot.mode === 'quick' ? t.quick : t.full, orgName: snapshot.orgName })
                    : snapshot.mode === 'quick'
                      ? t.quick
                      : t.full}
                </p>
                <p>
                  <strong>{t.overall({ level: snapshot.overall ? levels[snapshot.overall] : t.notJudged })}</strong>
                </p>
                {snapshot.id === baselineId ? <p className="hint">{t.baselineTag}</p> : null}
                <div className="button-row">
                  <button
                    type="button"
                    className="button button--secondary"
                    {...preloadResults}
                    onClick={() => openView({ name: 'snapshot', id: snapshot.id })}
                  >
                    {t.view({ when })}
                  </button>
                  <ConfirmButton
                    label={t.reassess({ when })}
                    question={r.question({ date: when })}
                    detail={reassessDetail(snapshot)}
                    confirmLabel={r.confirm}
                    className="button"
                    onConfirm={() => startReassessment({ snapshotId: snapshot.id, snapshot: structuredClone(snapshot) })}
                  />
                  <ConfirmButton
                    label={t.deleteLabel({ when })}
                    question={t.deleteQuestion({ when })}
                    detail={snapshot.id === baselineId ? `${t.deleteDetail} ${t.deleteBaseline}` : t.deleteDetail}
                    confirmLabel={t.deleteConfirm}
                    className="button button--secondary"
                    onConfirm={() => {
                      useAppStore.getState().deleteSnapshot(snapshot.id);
                      setStatus(messagesOf(snapshotListMessages).deleted({ when }));
                      // After the dialog has handed focus back (to a button that no longer exists).
                      setTimeout(() => headingRef.current?.focus(), 0);
                    }}
                  />
                </div>
              </li>
            );
          })}
        </ul>
      ) : null}
      <p role="status">{status}</p>
      <ReassessFromFile />
    </section>
  );
}
