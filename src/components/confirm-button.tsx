import { useState } from 'react';
import { useMessages } from '../i18n/i18n';
import { componentMessages } from './components.messages';
import { Dialog } from './dialog';

interface ConfirmButtonProps {
  label: string;
  question: string;
  /** Optional sentence under the question, e.g. what exactly is removed. */
  detail?: string;
  confirmLabel: string;
  onConfirm: () => void;
  className?: string;
}

/** A destructive action that asks first, in a modal dialog that traps focus and closes on Escape. */
export function ConfirmButton({
  label,
  question,
  detail,
  confirmLabel,
  onConfirm,
  className,
}: ConfirmButtonProps) {
  const [open, setOpen] = useState(false);
  const t = useMessages(componentMessages);

  return (
    <>
      <button
        type="button"
        className={className ?? 'button button--secondary'}
        onClick={() => setOpen(true)}
      >
        {label}
      </button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={question}
        description={detail ? <p>{detail}</p> : undefined}
      >
        <div className="button-row">
          <button
            type="button"
            className="button button--warning"
            onClick={() => {
              setOpen(false);
              onConfirm();
            }}
          >
            {confirmLabel}
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
