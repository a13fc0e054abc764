import { useId } from 'react';
import { useModalDialog } from '../../../components/use-modal-dialog';
import { SHORTCUTS } from './shortcuts';

interface ShortcutsDialogProps {
  open: boolean;
  onClose: () => void;
  characterKeys: boolean;
  onCharacterKeysChange: (on: boolean) => void;
}

/**
 * The help overlay: a modal dialog listing every shortcut. Escape closes it, and focus goes back to
 * whatever had it before (done here as well as natively, because not every browser restores it).
 */
export function ShortcutsDialog({ open, onClose, characterKeys, onCharacterKeysChange }: ShortcutsDialogProps) {
  const dialog = useModalDialog(open);
  const titleId = useId();


  return (
    <dialog
      ref={dialog}
      className="dialog shortcuts-dialog"
      aria-labelledby={titleId}
      onClose={onClose}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault(); // close once, through React state, in every browser
        onClose();
      }}
    >
      {open ? (
        <>
          <h2 id={titleId}>Keyboard shortcuts</h2>
          <p>These work anywhere in the presentation except while you type in a box.</p>
          <table className="shortcuts-table">
            <thead>
              <tr>
                <th scope="col">Key</th>
                <th scope="col">Does</th>
              </tr>
            </thead>
            <tbody>
              {SHORTCUTS.map((shortcut) => (
                <tr key={shortcut.keys.join('+')} className={shortcut.characterKey && !characterKeys ? 'shortcut--off' : undefined}>
                  <td>
                    {shortcut.keys.map((key, index) => (
                      <span key={key}>
                        {index > 0 ? ' or ' : null}
                        <kbd>{key}</kbd>
                      </span>
                    ))}
                  </td>
                  <td>
                    {shortcut.description}
                    {shortcut.characterKey && !characterKeys ? ' (turned off)' : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="choice shortcuts-dialog__toggle">
            <input
              className="choice__input"
              type="checkbox"
              id={`${titleId}-character-keys`}
              checked={characterKeys}
              onChange={(event) => onCharacterKeysChange(event.target.checked)}
            />
            <label className="choice__label" htmlFor={`${titleId}-character-keys`}>Use single-key shortcuts (T, P and ?)</label>
          </div>
          <p className="hint">Turn these off if you use speech input, so spoken words do not trigger them.</p>
          <div className="button-row">
            <button type="button" className="button" onClick={onClose} data-autofocus>
              Close
            </button>
          </div>
        </>
      ) : null}
    </dialog>
  );
}
