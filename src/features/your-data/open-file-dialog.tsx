import { useId } from 'react';
import { useModalDialog } from '../../components/use-modal-dialog';
import { cancelOpen, confirmOpen, saveCopy, useFileFlow } from '../../store/file-flow';

/** Asks before an opened file replaces the current answers, and offers to save them first. */
export function OpenFileDialog() {
  const pending = useFileFlow((s) => s.pending);
  const dialog = useModalDialog(pending !== null);
  const titleId = useId();


  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={titleId} onClose={cancelOpen}>
      {pending ? (
        <>
          <h2 id={titleId}>Replace your current answers?</h2>
          <p>
            Opening <strong className="file-name">{pending.fileName}</strong> replaces every answer in this browser with
            the ones in the file. You can undo this straight after.
          </p>
          <p>
            <button type="button" className="link-button" onClick={() => saveCopy()}>
              Download my current answers first
            </button>
          </p>
          <div className="button-row">
            <button type="button" className="button button--warning" onClick={confirmOpen}>
              Replace my answers
            </button>
            <button type="button" className="button button--secondary" onClick={cancelOpen} data-autofocus>
              Cancel
            </button>
          </div>
        </>
      ) : null}
    </dialog>
  );
}
