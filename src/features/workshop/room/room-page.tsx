/**
 * The facilitator room: participants' files in, the spread and the most disputed items, the consensus the
 * room records, and the report. Each part lives in its own file beside this one.
 */
import { useMemo } from 'react';
import { interpolate } from '../../../components/interpolate';
import { useDocumentTitle } from '../../../components/use-document-title';
import { sourcePageText, sourceTitle } from '../../../content/sources';
import { useMessages } from '../../../i18n/i18n';
import { combineRoom, consensusReadiness } from '../../../scoring/room-combine';
import { useAppStore } from '../../../store/app-store';
import { AddFiles } from './add-files';
import { ParticipantsTable } from './participants-table';
import { ConsensusAsTeamPlan, ConsensusByItem, ConsensusReadinessSection } from './room-consensus';
import { BackLink, RoomSession } from './room-session';
import { RoomReportAndReset } from './room-report';
import { MostDisputed, SpreadByStep } from './room-spread';
import { roomPageMessages } from './room.messages';
import { RoomBaseline } from './room-baseline';
import './room.css';
import { ScreenHeading } from '../../../components/screen-heading';

type HeadingRef = React.RefObject<HTMLHeadingElement | null>;

export function RoomPage({ headingRef }: { headingRef: HeadingRef }) {
  const t = useMessages(roomPageMessages);
  const room = useAppStore((s) => s.room);
  useDocumentTitle(t.documentTitle);
  const summary = useMemo(() => combineRoom(room.participants), [room.participants]);
  const agreement = useMemo(() => consensusReadiness(room.consensus), [room.consensus]);
  const hasParticipants = room.participants.length > 0;

  return (
    <>
      <BackLink />
      <ScreenHeading headingRef={headingRef} caption={t.caption}>
        {t.title}
      </ScreenHeading>
      <p className="lead">{t.lead}</p>
      <p className="source">
        {interpolate(t.source, { title: <cite>{sourceTitle()}</cite>, page: sourcePageText('steps') })}
      </p>

      <RoomSession />
      <AddFiles />

      <section className="results-section" aria-labelledby="participants-heading">
        <h2 className="section-title" id="participants-heading">
          {t.participantsTitle}
        </h2>
        <ParticipantsTable participants={room.participants} />
      </section>

      {hasParticipants ? (
        <>
          <MostDisputed summary={summary} />
          <SpreadByStep summary={summary} />
        </>
      ) : null}

      <ConsensusByItem items={summary.items} />
      <ConsensusReadinessSection agreement={agreement} />
      <RoomBaseline consensus={room.consensus} />
      <ConsensusAsTeamPlan />
      <RoomReportAndReset hasParticipants={hasParticipants} />
    </>
  );
}
