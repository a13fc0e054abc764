import { useId } from 'react';
import { Dialog } from '../../../components/dialog';
import { useMessages } from '../../../i18n/i18n';
import { shortcutMessages } from './presentation.messages';
import { SHORTCUTS, type NamedKey, type ShortcutKey } from './shortcuts';

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
export function ShortcutsDialog({
  open,
  onClose,
  characterKeys,
  onCharacterKeysChange,
}: ShortcutsDialogProps) {
  const toggleId = useId();
  const t = useMessages(shortcutMessages);
  const keyLabel = (key: ShortcutKey) => (key in t.keyNames ? t.keyNames[key as NamedKey] : key);

  return (
    <Dialog
      open={open}
      title={t.title}
      className="shortcuts-dialog"
      onClose={onClose}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault(); // close once, through React state, in every browser
        onClose();
      }}
    >
      <p>{t.intro}</p>
      <table className="shortcuts-table">
        <thead>
          <tr>
            <th scope="col">{t.keyColumn}</th>
            <th scope="col">{t.doesColumn}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((shortcut) => (
            <tr
              key={shortcut.keys.join('+')}
              className={shortcut.characterKey && !characterKeys ? 'shortcut--off' : undefined}
            >
              <td>
                {shortcut.keys.map((key, index) => (
                  <span key={key}>
                    {index > 0 ? ` ${t.or} ` : null}
                    <kbd>{keyLabel(key)}</kbd>
                  </span>
                ))}
              </td>
              <td>
                {t.descriptions[shortcut.description]}
                {shortcut.characterKey && !characterKeys ? ` ${t.turnedOff}` : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="choice shortcuts-dialog__toggle">
        <input
          className="choice__input"
          type="checkbox"
          id={toggleId}
          checked={characterKeys}
          onChange={(event) => onCharacterKeysChange(event.target.checked)}
        />
        <label className="choice__label" htmlFor={toggleId}>
          {t.characterKeys}
        </label>
      </div>
      <p className="hint">{t.characterKeysHint}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={onClose} data-autofocus>
          {t.close}
        </button>
      </div>
    </Dialog>
  );
}
