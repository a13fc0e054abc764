import { memo } from 'react';
import { TableWrap } from '../../../components/table-wrap';
import { LEVELS, NOT_SURE, ratingLabel } from '../../../content/levels';
import { fill, messagesOf, useMessages } from '../../../i18n/i18n';
import {
  MOST_DISPUTED_COUNT,
  disagreementRuleText,
  rangeLabel,
  type ItemSpread,
  type RoomSummary,
} from '../../../scoring/room-combine';
import { roomSpreadMessages } from './room.messages';
import { roomLinksMessages } from './room-projector.messages';
import { consensusId, focusConsensus } from './consensus-target';

/** "Early–Model, 3 levels apart": the plural form is chosen by the distance, then the range is filled in. */
export function distanceText(item: ItemSpread): string {
  return fill(messagesOf(roomSpreadMessages).distance(item.distance), { range: rangeLabel(item) });
}

/** How many participants gave an item each answer. */
export function SpreadList({ item }: { item: ItemSpread }) {
  const t = useMessages(roomSpreadMessages);
  return (
    <ul className="spread" aria-label={t.spreadLabel({ number: item.itemNumber })}>
      {LEVELS.map((level) => (
        <li key={level} className={`spread__part level-tag level-tag--${level}`}>
          {ratingLabel(level)} <strong>{item.counts[level]}</strong>
        </li>
      ))}
      <li className="spread__part level-tag">
        {ratingLabel(NOT_SURE)} <strong>{item.notSure}</strong>
      </li>
      <li className="spread__part level-tag">
        {t.noAnswer} <strong>{item.notAnswered}</strong>
      </li>
    </ul>
  );
}

/** The disagreement rule and the items the room disagrees on most. */
function MostDisputedView({ summary }: { summary: RoomSummary }) {
  const t = useMessages(roomSpreadMessages);
  const links = useMessages(roomLinksMessages);
  const disputed = summary.mostDisputed.slice(0, MOST_DISPUTED_COUNT);
  return (
    <section className="results-section" aria-labelledby="disputed-heading">
      <h2 className="section-title" id="disputed-heading">
        {t.disputedTitle}
      </h2>
      <ul className="rule-list">
        {disagreementRuleText().map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {disputed.length === 0 ? (
        <p>{t.noDisputed}</p>
      ) : (
        <ol className="disputed-list">
          {disputed.map((item) => (
            <li key={`${item.stepId}.${item.itemId}`}>
              <strong>{item.itemNumber}</strong> {item.statement}{' '}
              <span className="hint">({distanceText(item)})</span>{' '}
              <a
                href={`#${consensusId(item)}`}
                className="disputed-list__link"
                onClick={(event) => {
                  // Focus the choice itself (a fieldset takes no focus), so arrow keys record at once.
                  event.preventDefault();
                  focusConsensus(item);
                }}
              >
                {links.toConsensus({ number: item.itemNumber })}
              </a>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** How the participants' step roll-ups spread over the levels. */
function SpreadByStepView({ summary }: { summary: RoomSummary }) {
  const t = useMessages(roomSpreadMessages);
  return (
    <section className="results-section" aria-labelledby="step-spread-heading">
      <h2 className="section-title" id="step-spread-heading">
        {t.stepSpreadTitle}
      </h2>
      <p>{t.stepSpreadIntro}</p>
      <TableWrap label={t.stepSpreadTitle}>
        <table className="table">
          <caption className="table__caption">{t.stepSpreadCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.stepColumn}</th>
              {LEVELS.map((l) => (
                <th scope="col" key={l}>
                  {ratingLabel(l)}
                </th>
              ))}
              <th scope="col">{t.notEnoughColumn}</th>
              <th scope="col">{t.rangeColumn}</th>
            </tr>
          </thead>
          <tbody>
            {summary.steps.map((s) => (
              <tr key={s.stepId}>
                <th scope="row">
                  {s.stepNumber}. {s.title}
                </th>
                {LEVELS.map((l) => (
                  <td key={l}>{s.counts[l]}</td>
                ))}
                <td>{s.notJudged}</td>
                <td>{rangeLabel(s)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </section>
  );
}

/** Memoised: while a big batch lands, the room's heavy parts render from a deferred list (room-page.tsx). */
export const MostDisputed = memo(MostDisputedView);

/** Memoised: while a big batch lands, the room's heavy parts render from a deferred list (room-page.tsx). */
export const SpreadByStep = memo(SpreadByStepView);
