/**
 * The facilitator room: participants' files in, the spread and the most disputed items, the consensus the
 * room records, and the report. Each part lives in its own file beside this one.
 */
import { useDeferredValue, useMemo } from 'react';
import { interpolate } from '../../../components/interpolate';
import { useDocumentTitle } from '../../../components/use-document-title';
import { sourcePageText, sourceTitle } from '../../../content/sources';
import { useMessages } from '../../../i18n/i18n';
import { consensusReadiness } from '../../../scoring/room-combine';
import { useAppStore } from '../../../store/app-store';
import { AddFiles } from './add-files';
import { ParticipantsTable } from './participants-table';
import { ConsensusAsTeamPlan, ConsensusByItem, ConsensusReadinessSection } from './room-consensus';
import { RoomSession } from './room-session';
import { BackLink } from '../back-link';
import { RoomReportAndReset } from './room-report';
import { roomSummaryOf } from './to-room-report-data';
import { MostDisputed, SpreadByStep } from './room-spread';
import { roomPageMessages } from './room.messages';
import { RoomBaseline } from './room-baseline';
import { roomLinksMessages } from './room-projector.messages';
import { openView, preloadOnIntent } from '../../../store/navigation';
import { STEP_IDS } from '../../../stages/stage-list';
import './room.css';
import { ScreenHeading } from '../../../components/screen-heading';

/** More participants than this arriving at once render in the background. */
const BIG_BATCH = 50;

type HeadingRef = React.RefObject<HTMLHeadingElement | null>;

export function RoomPage({ headingRef }: { headingRef: HeadingRef }) {
  const t = useMessages(roomPageMessages);
  const room = useAppStore((s) => s.room);
  useDocumentTitle(t.documentTitle);
  // A batch of hundreds lands in one update: the table and the spreads then follow in a deferred render that
  // React splits into short pieces, so the page keeps answering meanwhile (the status line is not deferred).
  // A small change renders at once.
  const deferred = useDeferredValue(room.participants);
  const participants = Math.abs(room.participants.length - deferred.length) > BIG_BATCH ? deferred : room.participants;
  const summary = roomSummaryOf(participants); // remembered: the report's click reuses it
  const agreement = useMemo(() => consensusReadiness(room.consensus), [room.consensus]);
  const hasParticipants = room.participants.length > 0;
  const links = useMessages(roomLinksMessages);
  // The projector opens on the step of the most disputed item, where the discussion starts.
  const firstStep = summary.mostDisputed[0]?.stepId ?? STEP_IDS[0]!;

  return (
    <>
      <BackLink screen="room" className="room-back" />
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
        <ParticipantsTable participants={participants} />
      </section>

      {hasParticipants ? (
        <>
          <div className="room-present">
            <p className="hint" id="room-present-hint">
              {links.presentHint}
            </p>
            <button
              type="button"
              className="button"
              aria-describedby="room-present-hint"
              {...preloadOnIntent({ name: 'room-present', step: firstStep })}
              onClick={() => openView({ name: 'room-present', step: firstStep })}
            >
              {links.present}
            </button>
          </div>
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
