import { Dialog } from '../../components/dialog';
import { cancelOpen, confirmOpen, saveCopy, useFileFlow } from '../../store/file-flow';
import { interpolate } from '../../components/interpolate';
import { useMessages } from '../../i18n/i18n';
import { openFileMessages } from './your-data.messages';

/** Asks before an opened file replaces the current answers, and offers to save them first. */
export function OpenFileDialog() {
  const pending = useFileFlow((s) => s.pending);
  const t = useMessages(openFileMessages);

  return (
    <Dialog open={pending !== null} onClose={cancelOpen} title={t.title}>
      {pending ? (
        <>
          <p>
            {interpolate(t.body, {
              fileName: <strong className="file-name">{pending.fileName}</strong>,
            })}
          </p>
          <p>
            <button type="button" className="link-button" onClick={() => saveCopy()}>
              {t.downloadFirst}
            </button>
          </p>
          <div className="button-row">
            <button type="button" className="button button--warning" onClick={confirmOpen}>
              {t.replace}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={cancelOpen}
              data-autofocus
            >
              {t.cancel}
            </button>
          </div>
        </>
      ) : null}
    </Dialog>
  );
}
