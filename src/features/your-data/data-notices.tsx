import { useState } from 'react';
import { useStorageStatus } from '../../store/safe-storage';
import {
  dismissFileNotice,
  downloadUnreadable,
  keepThisTabsAnswers,
  loadNewerAnswers,
  saveCopy,
  setMemoryOnly,
  undoOpen,
  useFileFlow,
} from '../../store/file-flow';
import { describeUnreadable } from '../../store/unreadable-reason';
import { interpolate } from '../../components/interpolate';
import { useMessages } from '../../i18n/i18n';
import { dataNoticeMessages } from './your-data.messages';

/** Banners under the header for files just opened and for anything wrong with browser storage. */
export function DataNotices() {
  const { error, undo } = useFileFlow();
  const { problem, unreadable, conflict, memoryOnly } = useStorageStatus();
  const [unreadableDismissed, setUnreadableDismissed] = useState(false);
  const t = useMessages(dataNoticeMessages);

  return (
    <div className="notices">
      {conflict ? (
        <div className="notice notice--warning notice--sticky" role="alert">
          <h2 className="notice__title">{t.conflictTitle}</h2>
          <p>{t.conflictBody}</p>
          <div className="notice__actions">
            <button type="button" className="button button--small" onClick={() => void loadNewerAnswers()}>
              {t.loadNewer}
            </button>
            <button type="button" className="button button--small button--secondary" onClick={keepThisTabsAnswers}>
              {t.keepThisTab}
            </button>
          </div>
        </div>
      ) : null}
      {problem && !memoryOnly ? (
        <div className="notice notice--warning" role="alert">
          <h2 className="notice__title">{t.notSavingTitle}</h2>
          <p>{t.problem[problem]}</p>
          <div className="notice__actions">
            <button type="button" className="button button--small" onClick={() => saveCopy()}>
              {t.saveCopy}
            </button>
          </div>
        </div>
      ) : null}
      {memoryOnly ? (
        <div className="notice" role="status">
          <h2 className="notice__title">{t.memoryOnlyTitle}</h2>
          <p>{t.memoryOnlyBody}</p>
          <div className="notice__actions">
            <button type="button" className="button button--small" onClick={() => saveCopy()}>
              {t.saveCopy}
            </button>
            <button type="button" className="button button--small button--secondary" onClick={() => setMemoryOnly(false)}>
              {t.startSaving}
            </button>
          </div>
        </div>
      ) : null}
      {unreadable && !unreadableDismissed ? (
        <div className="notice notice--warning" role="alert">
          <h2 className="notice__title">{t.unreadableTitle}</h2>
          <p>
            {(unreadable.backupKey ? t.unreadableBackedUp : t.unreadableNotBackedUp)({
              reason: describeUnreadable(unreadable.reason),
            })}
          </p>
          <div className="notice__actions">
            <button type="button" className="button button--small" onClick={downloadUnreadable}>
              {t.downloadUnreadable}
            </button>
            <button type="button" className="button button--small button--secondary" onClick={() => setUnreadableDismissed(true)}>
              {t.dismiss}
            </button>
          </div>
        </div>
      ) : null}
      {error ? (
        <div className="notice notice--error" role="alert">
          <h2 className="notice__title">
            {interpolate(t.notOpenedTitle, { fileName: <span className="file-name">{error.fileName}</span> })}
          </h2>
          <p>{t.notOpenedBody({ message: error.message })}</p>
          <div className="notice__actions">
            <button type="button" className="button button--small button--secondary" onClick={dismissFileNotice}>
              {t.dismiss}
            </button>
          </div>
        </div>
      ) : null}
      {undo ? (
        <div className="notice notice--success" role="status">
          {undo.fileName === null ? (
            <>
              <h2 className="notice__title">{t.resetTitle}</h2>
              <p>{t.resetBody}</p>
            </>
          ) : (
            <>
              <h2 className="notice__title">
                {interpolate(t.openedTitle, { fileName: <span className="file-name">{undo.fileName}</span> })}
              </h2>
              <p>{t.openedBody}</p>
            </>
          )}
          <div className="notice__actions">
            <button type="button" className="button button--small" onClick={undoOpen}>
              {t.undo}
            </button>
            <button type="button" className="button button--small button--secondary" onClick={dismissFileNotice}>
              {t.dismiss}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
