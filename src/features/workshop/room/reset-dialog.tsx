import { useState } from 'react';
import { Dialog } from '../../../components/dialog';
import { useMessages } from '../../../i18n/i18n';
import { resetForNextGroup } from '../../../store/file-flow';
import { clearIntake } from './room-intake';
import { roomResetMessages } from './reset-dialog.messages';

/**
 * "Reset for the next group": one dialog that offers to save the room as a file, then clears the
 * facilitator room, and only the room (the facilitator's own answers stay). A native modal dialog traps focus and closes on Escape;
 * Cancel has focus first, so Enter never clears anything by accident.
 */
export function ResetForNextGroupButton({ className }: { className?: string }) {
  const [open, setOpen] = useState(false);
  const t = useMessages(roomResetMessages);

  const reset = (saveFirst: boolean) => {
    setOpen(false);
    resetForNextGroup({ saveFirst });
    clearIntake();
  };

  return (
    <>
      <button
        type="button"
        className={className ?? 'button button--secondary'}
        onClick={() => setOpen(true)}
      >
        {t.button}
      </button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={t.title}
        description={<p>{t.detail}</p>}
      >
        <div className="button-row">
          <button type="button" className="button" onClick={() => reset(true)}>
            {t.saveAndReset}
          </button>
          <button type="button" className="button button--warning" onClick={() => reset(false)}>
            {t.resetWithoutSaving}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setOpen(false)}
            data-autofocus
          >
            {t.cancel}
          </button>
        </div>
      </Dialog>
    </>
  );
}
