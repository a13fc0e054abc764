import { useId, useState } from 'react';
import { useModalDialog } from '../../components/use-modal-dialog';

export const PRIVACY_NOTE =
  'Your answers stay on this computer, in this browser, unless you save or export them. The app sends nothing anywhere: no accounts, no analytics, no fonts or scripts from other sites.';
export const STUDENT_WARNING = 'Do not enter information about individual students.';

/** A footer link that opens the privacy note, so it is one click away on every page. */
export function PrivacyNoteButton() {
  const [open, setOpen] = useState(false);
  const dialog = useModalDialog(open);
  const titleId = useId();


  return (
    <>
      <p>
        <button type="button" className="link-button" onClick={() => setOpen(true)}>
          Privacy
        </button>
      </p>
      <dialog ref={dialog} className="dialog" aria-labelledby={titleId} onClose={() => setOpen(false)}>
        {open ? (
          <>
            <h2 id={titleId}>Your answers stay on this computer</h2>
            <p>{PRIVACY_NOTE}</p>
            <p>
              <strong>{STUDENT_WARNING}</strong>
            </p>
            <p>
              On a shared computer, choose “Don’t save on this computer” under “Your data”, or “Remove my answers from
              this computer” when you finish.
            </p>
            <div className="button-row">
              <button type="button" className="button" onClick={() => setOpen(false)} data-autofocus>
                Close
              </button>
            </div>
          </>
        ) : null}
      </dialog>
    </>
  );
}
