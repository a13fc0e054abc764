import { saveCopy } from '../../store/file-flow';
import { useStorageStatus } from '../../store/safe-storage';
import { useMessages } from '../../i18n/i18n';
import { dismissUpdate, useOfflineStatus } from './offline-status';
import { offlineMessages } from './offline.messages';

/** A quiet line in the header once the whole app is cached, beside "Saved on this computer". */
export function OfflineReadyStatus() {
  const offlineReady = useOfflineStatus((s) => s.offlineReady);
  const t = useMessages(offlineMessages);
  if (!offlineReady) return null;
  return (
    <p className="save-status" role="status">
      <span aria-hidden="true">✓ </span>
      {t.ready}
    </p>
  );
}

/**
 * A new version has been downloaded and waits. It starts only when the user chooses, so nobody loses
 * their place mid-answer; answers are saved, unless this tab keeps them in memory only.
 */
export function UpdateNotice() {
  const applyUpdate = useOfflineStatus((s) => s.applyUpdate);
  const dismissed = useOfflineStatus((s) => s.updateDismissed);
  const { memoryOnly, problem } = useStorageStatus();
  const t = useMessages(offlineMessages);
  if (applyUpdate === null || dismissed) return null;
  const unsaved = memoryOnly || problem !== null;

  return (
    <div className="notices">
      <div className="notice" role="status">
        <h2 className="notice__title">{t.updateTitle}</h2>
        <p>{unsaved ? t.updateUnsaved : t.updateSaved}</p>
        <div className="notice__actions">
          {unsaved ? (
            <button type="button" className="button button--small" onClick={() => saveCopy()}>
              {t.saveCopy}
            </button>
          ) : null}
          <button
            type="button"
            className={unsaved ? 'button button--small button--secondary' : 'button button--small'}
            onClick={() => void applyUpdate()}
          >
            {t.reload}
          </button>
          <button type="button" className="button button--small button--secondary" onClick={dismissUpdate}>
            {t.notNow}
          </button>
        </div>
      </div>
    </div>
  );
}
