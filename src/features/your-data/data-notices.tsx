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
import { useState } from 'react';

const PROBLEM_TEXT = {
  full: 'The browser’s storage for this site is full.',
  unavailable: 'This browser is not letting the app store anything (for example in a private window, or because a setting blocks site data).',
} as const;

/** Banners under the header for files just opened and for anything wrong with browser storage. */
export function DataNotices() {
  const { error, undo } = useFileFlow();
  const { problem, unreadable, conflict, memoryOnly } = useStorageStatus();
  const [unreadableDismissed, setUnreadableDismissed] = useState(false);

  return (
    <div className="notices">
      {conflict ? (
        <div className="notice notice--warning notice--sticky" role="alert">
          <h2 className="notice__title">Your answers were changed in another tab</h2>
          <p>Another tab or window saved newer answers. Nothing from this tab has been saved over them.</p>
          <div className="notice__actions">
            <button type="button" className="button button--small" onClick={() => void loadNewerAnswers()}>
              Load the newer answers
            </button>
            <button type="button" className="button button--small button--secondary" onClick={keepThisTabsAnswers}>
              Keep this tab’s answers instead
            </button>
          </div>
        </div>
      ) : null}
      {problem && !memoryOnly ? (
        <div className="notice notice--warning" role="alert">
          <h2 className="notice__title">Your answers are not being saved on this computer</h2>
          <p>
            {PROBLEM_TEXT[problem]} You can keep working: your answers stay in this tab until you close it. Save a copy
            to keep them.
          </p>
          <div className="notice__actions">
            <button type="button" className="button button--small" onClick={() => saveCopy()}>
              Save a copy
            </button>
          </div>
        </div>
      ) : null}
      {memoryOnly ? (
        <div className="notice" role="status">
          <h2 className="notice__title">Not saving on this computer</h2>
          <p>Your answers are kept only while this tab is open. Save a copy before you close it.</p>
          <div className="notice__actions">
            <button type="button" className="button button--small" onClick={() => saveCopy()}>
              Save a copy
            </button>
            <button type="button" className="button button--small button--secondary" onClick={() => setMemoryOnly(false)}>
              Start saving again
            </button>
          </div>
        </div>
      ) : null}
      {unreadable && !unreadableDismissed ? (
        <div className="notice notice--warning" role="alert">
          <h2 className="notice__title">Answers saved earlier could not be read</h2>
          <p>
            {unreadable.reason} The app has started afresh.{' '}
            {unreadable.backupKey
              ? 'A copy of the unreadable data is kept in this browser, untouched, until you remove your answers.'
              : 'The browser would not keep a copy, so download it now if you need it.'}
          </p>
          <div className="notice__actions">
            <button type="button" className="button button--small" onClick={downloadUnreadable}>
              Download the unreadable data
            </button>
            <button type="button" className="button button--small button--secondary" onClick={() => setUnreadableDismissed(true)}>
              Dismiss
            </button>
          </div>
        </div>
      ) : null}
      {error ? (
        <div className="notice notice--error" role="alert">
          <h2 className="notice__title">
            <span className="file-name">{error.fileName}</span> was not opened
          </h2>
          <p>{error.message} Your answers have not changed.</p>
          <div className="notice__actions">
            <button type="button" className="button button--small button--secondary" onClick={dismissFileNotice}>
              Dismiss
            </button>
          </div>
        </div>
      ) : null}
      {undo ? (
        <div className="notice notice--success" role="status">
          {undo.fileName === null ? (
            <>
              <h2 className="notice__title">Ready for the next group</h2>
              <p>The answers and the workshop room were cleared.</p>
            </>
          ) : (
            <>
              <h2 className="notice__title">
                Opened <span className="file-name">{undo.fileName}</span>
              </h2>
              <p>Its answers replaced the ones you had.</p>
            </>
          )}
          <div className="notice__actions">
            <button type="button" className="button button--small" onClick={undoOpen}>
              Undo
            </button>
            <button type="button" className="button button--small button--secondary" onClick={dismissFileNotice}>
              Dismiss
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
