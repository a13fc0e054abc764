import { useId, useState } from 'react';
import { useModalDialog } from '../../../components/use-modal-dialog';
import { resetForNextGroup } from '../../../store/file-flow';

/**
 * "Reset for the next group": one dialog that offers to download the current answers, then clears
 * the answers and the facilitator room. A native modal dialog traps focus and closes on Escape;
 * Cancel has focus first, so Enter never clears anything by accident.
 */
export function ResetForNextGroupButton({ className }: { className?: string }) {
  const [open, setOpen] = useState(false);
  const dialog = useModalDialog(open);
  const titleId = useId();
  const detailId = useId();


  const reset = (saveFirst: boolean) => {
    setOpen(false);
    resetForNextGroup({ saveFirst });
  };

  return (
    <>
      <button type="button" className={className ?? 'button button--secondary'} onClick={() => setOpen(true)}>
        Reset for the next group
      </button>
      <dialog ref={dialog} className="dialog" aria-labelledby={titleId} aria-describedby={detailId} onClose={() => setOpen(false)}>
        {open ? (
          <>
            <h2 id={titleId}>Reset for the next group?</h2>
            <p id={detailId}>
              This clears the current answers and the workshop room (participants, their ratings and the consensus) from
              this computer. Save a copy first to keep them as a plan file.
            </p>
            <div className="button-row">
              <button type="button" className="button" onClick={() => reset(true)}>
                Save a copy and reset
              </button>
              <button type="button" className="button button--warning" onClick={() => reset(false)}>
                Reset without saving
              </button>
              <button type="button" className="button button--secondary" onClick={() => setOpen(false)} data-autofocus>
                Cancel
              </button>
            </div>
          </>
        ) : null}
      </dialog>
    </>
  );
}
