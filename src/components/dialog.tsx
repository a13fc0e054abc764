import { useId, type KeyboardEventHandler, type ReactNode } from 'react';
import { useModalDialog } from './use-modal-dialog';

interface DialogProps {
  open: boolean;
  /** Escape, or anything else that closes the dialog: the owner sets `open` to false. */
  onClose: () => void;
  title: ReactNode;
  /** Read out with the title when the dialog opens. */
  description?: ReactNode;
  className?: string;
  onKeyDown?: KeyboardEventHandler<HTMLDialogElement>;
  children: ReactNode;
}

/**
 * The app's one modal dialog: a native <dialog> opened with showModal (focus trapped, Escape closes), titled by
 * its heading, with focus on the element marked `data-autofocus` (the safe choice) and back on the trigger
 * when it closes (see useModalDialog). The content is rendered only while open.
 */
export function Dialog({
  open,
  onClose,
  title,
  description,
  className,
  onKeyDown,
  children,
}: DialogProps) {
  const dialog = useModalDialog(open);
  const titleId = useId();
  const descriptionId = useId();
  return (
    <dialog
      ref={dialog}
      className={className ? `dialog ${className}` : 'dialog'}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onClose={onClose}
      onKeyDown={onKeyDown}
    >
      {open ? (
        <>
          <h2 id={titleId}>{title}</h2>
          {description ? <div id={descriptionId}>{description}</div> : null}
          {children}
        </>
      ) : null}
    </dialog>
  );
}
