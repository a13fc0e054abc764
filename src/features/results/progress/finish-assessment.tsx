import { useState } from 'react';
import { formatDay, formatTime } from '../../../i18n/format';
import { messagesOf, useMessages } from '../../../i18n/i18n';
import { useAppStore } from '../../../store/app-store';
import { openView } from '../../../store/navigation';
import { sameContent, takeSnapshot } from '../../../store/take-snapshot';
import { progressMessages } from './progress.messages';

export const FINISH_HEADING_ID = 'finish-heading';

/**
 * "Finish this assessment": records a snapshot. Finishing twice on one day keeps both (the start page shows
 * their times); nothing is ever replaced without asking, so there is no question to answer. Finishing again
 * with nothing changed since the last snapshot records nothing and says so, so the list holds no duplicates.
 */
export function FinishAssessment() {
  const t = useMessages(progressMessages);
  const hasBaseline = useAppStore((s) => s.baseline !== null);
  const [status, setStatus] = useState<string | null>(null);

  const finish = () => {
    const state = useAppStore.getState();
    const snapshot = takeSnapshot(state, new Date());
    const last = state.snapshots.at(-1);
    const words = messagesOf(progressMessages);
    if (last && sameContent(last, snapshot)) {
      const taken = new Date(last.takenAt);
      setStatus(words.unchanged({ date: formatDay(taken), time: formatTime(taken) }));
      return;
    }
    state.addSnapshot(snapshot);
    const taken = new Date(snapshot.takenAt);
    setStatus(words.finished({ date: formatDay(taken), time: formatTime(taken) }));
  };

  return (
    <section className="panel" aria-labelledby={FINISH_HEADING_ID}>
      <h2 className="section-title" id={FINISH_HEADING_ID}>
        {t.finishHeading}
      </h2>
      <p>{t.finishIntro}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={finish}>
          {t.finishButton}
        </button>
        {hasBaseline ? (
          <button type="button" className="button button--secondary" onClick={() => openView({ name: 'progress' })}>
            {t.seeProgress}
          </button>
        ) : null}
      </div>
      <p role="status">{status}</p>
    </section>
  );
}
