import { saveCopy } from '../../store/file-flow';
import { useStorageStatus } from '../../store/safe-storage';
import { dismissUpdate, useOfflineStatus } from './offline-status';

/** A quiet line in the header once the whole app is cached, beside "Saved on this computer". */
export function OfflineReadyStatus() {
  const offlineReady = useOfflineStatus((s) => s.offlineReady);
  if (!offlineReady) return null;
  return (
    <p className="save-status" role="status">
      <span aria-hidden="true">✓ </span>Ready to work offline
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
  if (applyUpdate === null || dismissed) return null;
  const unsaved = memoryOnly || problem !== null;

  return (
    <div className="notices">
      <div className="notice" role="status">
        <h2 className="notice__title">A new version is available</h2>
        <p>
          {unsaved
            ? 'Your answers are kept only in this tab, so reloading would clear them: save a copy first.'
            : 'Your answers are saved on this computer and will be there after the reload.'}{' '}
          If you wait, it starts the next time the app is opened after all its tabs are closed.
        </p>
        <div className="notice__actions">
          {unsaved ? (
            <button type="button" className="button button--small" onClick={() => saveCopy()}>
              Save a copy
            </button>
          ) : null}
          <button
            type="button"
            className={unsaved ? 'button button--small button--secondary' : 'button button--small'}
            onClick={() => void applyUpdate()}
          >
            Reload to update
          </button>
          <button type="button" className="button button--small button--secondary" onClick={dismissUpdate}>
            Not now
          </button>
        </div>
      </div>
    </div>
  );
}
