import { useState } from 'react';
import { Dialog } from '../../components/dialog';
import { useMessages } from '../../i18n/i18n';
import { privacyMessages } from './your-data.messages';

/** A footer link that opens the privacy note, so it is one click away on every page. */
export function PrivacyNoteButton() {
  const [open, setOpen] = useState(false);
  const t = useMessages(privacyMessages);

  return (
    <>
      <p>
        <button type="button" className="link-button" onClick={() => setOpen(true)}>
          {t.link}
        </button>
      </p>
      <Dialog open={open} onClose={() => setOpen(false)} title={t.title}>
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
      </Dialog>
    </>
  );
}
