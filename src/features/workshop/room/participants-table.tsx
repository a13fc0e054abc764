import { memo, useRef, useState } from 'react';
import { TableWrap } from '../../../components/table-wrap';
import { useMessages } from '../../../i18n/i18n';
import { useAppStore } from '../../../store/app-store';
import type { Participant } from '../../../store/room-slice';
import { roomPageMessages } from './room.messages';

/** Who is in the room, each with a Remove button. */
function ParticipantsTableView({ participants }: { participants: readonly Participant[] }) {
  const t = useMessages(roomPageMessages);
  const removeParticipant = useAppStore((s) => s.removeParticipant);
  const [removed, setRemoved] = useState('');
  const rowButtons = useRef(new Map<string, HTMLButtonElement>());
  const emptyNote = useRef<HTMLParagraphElement>(null);

  // The Remove button leaves with its row: put focus on the next row's button (or the previous one, or
  // the empty-room note) so a keyboard user stays in place, and say what happened.
  const remove = (p: Participant, index: number) => {
    const neighbour = participants[index + 1] ?? participants[index - 1];
    removeParticipant(p.id);
    setRemoved(t.removed({ name: p.name, fileName: p.fileName }));
    requestAnimationFrame(() =>
      (neighbour ? rowButtons.current.get(neighbour.id) : emptyNote.current)?.focus(),
    );
  };

  const announcement = (
    <p className="visually-hidden" role="status">
      {removed}
    </p>
  );
  if (participants.length === 0) {
    return (
      <>
        {announcement}
        <p className="hint" ref={emptyNote} tabIndex={-1}>
          {t.noParticipants}
        </p>
      </>
    );
  }
  return (
    <>
      {announcement}
      <TableWrap label={t.participantsTitle}>
        <table className="table room-table">
          <caption className="table__caption">{t.participantsCaption({ count: participants.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t.nameColumn}</th>
              <th scope="col">{t.organisationColumn}</th>
              <th scope="col">{t.groupColumn}</th>
              <th scope="col">{t.teamColumn}</th>
              <th scope="col">{t.fileColumn}</th>
              <th scope="col">
                <span className="visually-hidden">{t.remove}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {participants.map((p, index) => (
              <tr key={p.id}>
                <th scope="row" className="room-table__name">
                  {p.name}
                </th>
                <td className="room-table__name">{p.organisation || '—'}</td>
                <td className="room-table__name">{p.group || '—'}</td>
                <td className="room-table__name">{p.team || '—'}</td>
                <td className="file-name room-table__name">{p.fileName}</td>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    aria-label={t.removeLabel({ name: p.name, fileName: p.fileName })}
                    ref={(button) => {
                      if (button) rowButtons.current.set(p.id, button);
                      else rowButtons.current.delete(p.id);
                    }}
                    onClick={() => remove(p, index)}
                  >
                    {t.remove}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </>
  );
}

/** Memoised: while a big batch lands, the room's heavy parts render from a deferred list (room-page.tsx). */
export const ParticipantsTable = memo(ParticipantsTableView);
