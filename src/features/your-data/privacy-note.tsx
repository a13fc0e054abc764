import { useId, useState } from 'react';
import { useModalDialog } from '../../components/use-modal-dialog';
import { useMessages } from '../../i18n/i18n';
import { privacyMessages } from './your-data.messages';

/** A footer link that opens the privacy note, so it is one click away on every page. */
export function PrivacyNoteButton() {
  const [open, setOpen] = useState(false);
  const dialog = useModalDialog(open);
  const titleId = useId();
  const t = useMessages(privacyMessages);

  return (
    <>
      <p>
        <button type="button" className="link-button" onClick={() => setOpen(true)}>
          {t.link}
        </button>
      </p>
      <dialog ref={dialog} className="dialog" aria-labelledby={titleId} onClose={() => setOpen(false)}>
        {open ? (
          <>
            <h2 id={titleId}>{t.title}</h2>
            <p>{t.note}</p>
            <p>
              <strong>{t.studentWarning}</strong>
            </p>
            <p>{t.sharedComputer}</p>
            <div className="button-row">
              <button type="button" className="button" onClick={() => setOpen(false)} data-autofocus>
                {t.close}
              </button>
            </div>
          </>
        ) : null}
      </dialog>
    </>
  );
}
