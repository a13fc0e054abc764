import { memo, useId } from 'react';
import { Dialog } from '../../../components/dialog';
import { TableWrap } from '../../../components/table-wrap';
import { interpolate } from '../../../components/interpolate';
import { ratingLabel, RATINGS, type Rating } from '../../../content/levels';
import { fill, useMessages } from '../../../i18n/i18n';
import { levelLabel } from '../../../scoring/readiness';
import type { ConsensusReadiness, ItemSpread } from '../../../scoring/room-combine';
import { STEP_IDS, stepContent, type StepId } from '../../../stages/stage-list';
import { useAppStore } from '../../../store/app-store';
import { saveCopy } from '../../../store/file-flow';
import { applyConsensusAsTeamPlan, cancelRoomQuestion, consensusTeamPlan, useRoomFlow } from '../../../store/room-flow';
import { roomConsensusMessages, roomSpreadMessages } from './room.messages';
import { SpreadList, distanceText } from './room-spread';
import { consensusId } from './consensus-target';

const itemIdsOf = (stepId: StepId) => stepContent(stepId).items.map((item) => item.id);
const itemIdsByStep = () => Object.fromEntries(STEP_IDS.map((id) => [id, itemIdsOf(id)])) as Record<StepId, string[]>;

/** One item's consensus as a radio group: arrow keys move through the levels and record each at once. */
export function ConsensusChoice({ item, value, className }: { item: ItemSpread; value: Rating | undefined; className?: string }) {
  const t = useMessages(roomConsensusMessages);
  const setConsensus = useAppStore((s) => s.setConsensus);
  const name = useId();
  return (
    <fieldset className={`consensus${className ? ` ${className}` : ''}`} id={consensusId(item)}>
      <legend className="consensus__legend">
        {t.legend({ number: item.itemNumber })}
        <span className="visually-hidden">: {item.statement}</span>
      </legend>
      <div className="consensus__options">
        {RATINGS.map((rating) => (
          <label key={rating} className="consensus__option">
            <input
              type="radio"
              name={name}
              value={rating}
              checked={value === rating}
              onChange={() => setConsensus(item.stepId, item.itemId, rating)}
            />{' '}
            {ratingLabel(rating)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function StepItems({ stepId, items }: { stepId: StepId; items: readonly ItemSpread[] }) {
  const t = useMessages(roomConsensusMessages);
  const spread = useMessages(roomSpreadMessages);
  const consensus = useAppStore((s) => s.room.consensus[stepId]);
  const content = stepContent(stepId);
  const agreed = items.filter((i) => consensus?.[i.itemId]).length;
  return (
    <section className="room-step" aria-labelledby={`room-step-${stepId}`}>
      <h3 className="room-subtitle" id={`room-step-${stepId}`}>
        {t.stepTitle({ number: content.number, title: content.title })}
      </h3>
      <p className="hint">
        {fill(t.itemsAgreed(items.length), { agreed })}
      </p>
      <ol className="room-items">
        {items.map((item) => (
          <li key={item.itemId} className="room-item">
            <p className="room-item__statement">
              <span className="room-item__number">{item.itemNumber}</span> {item.statement}
            </p>
            <SpreadList item={item} />
            <p className="hint">{spread.rangeLine({ distance: distanceText(item) })}</p>
            <ConsensusChoice item={item} value={consensus?.[item.itemId]} />
          </li>
        ))}
      </ol>
    </section>
  );
}

/** For each item of each step, the rating the room agrees on; kept in the room only. */
function ConsensusByItemView({ items }: { items: readonly ItemSpread[] }) {
  const t = useMessages(roomConsensusMessages);
  return (
    <section className="results-section" aria-labelledby="consensus-heading">
      <h2 className="section-title" id="consensus-heading">
        {t.title}
      </h2>
      <p>{t.intro}</p>
      {STEP_IDS.map((stepId) => (
        <StepItems key={stepId} stepId={stepId} items={items.filter((i) => i.stepId === stepId)} />
      ))}
    </section>
  );
}

/** The readiness the consensus alone gives, overall and per step. */
export function ConsensusReadinessSection({ agreement }: { agreement: ConsensusReadiness }) {
  const t = useMessages(roomConsensusMessages);
  return (
    <section className="results-section" aria-labelledby="agreement-heading">
      <h2 className="section-title" id="agreement-heading">
        {t.readinessTitle}
      </h2>
      <p>
        {interpolate(t.readinessSummary(agreement.itemCount), {
          agreed: agreement.agreedCount,
          level: <strong>{levelLabel(agreement.overall)}</strong>,
        })}
      </p>
      <TableWrap label={t.readinessTable}>
        <table className="table">
          <caption className="table__caption">{t.readinessTable}</caption>
          <thead>
            <tr>
              <th scope="col">{t.stepColumn}</th>
              <th scope="col">{t.agreedColumn}</th>
              <th scope="col">{t.levelColumn}</th>
            </tr>
          </thead>
          <tbody>
            {agreement.steps.map((s) => (
              <tr key={s.stepId}>
                <th scope="row">
                  {s.stepNumber}. {s.title}
                </th>
                <td>{t.agreedOf({ agreed: s.agreed, total: s.items })}</td>
                <td>{levelLabel(s.level)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </section>
  );
}

/**
 * "Use these consensus ratings as a team plan": the only way the room's consensus reaches a plan. It asks
 * before replacing a plan the browser already holds, and offers Undo after (room-session.tsx).
 */
export function ConsensusAsTeamPlan() {
  const t = useMessages(roomConsensusMessages);
  const consensus = useAppStore((s) => s.room.consensus);
  const pending = useRoomFlow((s) => s.pendingTeamPlan);
  const completeSteps = Object.keys(consensusTeamPlan(consensus, itemIdsByStep()).steps).length;
  const hintId = useId();
  return (
    <section className="results-section" aria-labelledby="team-plan-heading">
      <h2 className="section-title" id="team-plan-heading">
        {t.teamPlanTitle}
      </h2>
      <p>{t.teamPlanIntro(completeSteps)}</p>
      {completeSteps === 0 ? (
        <p className="hint" id={hintId}>
          {t.teamPlanNeedsConsensus}
        </p>
      ) : null}
      <div className="button-row">
        <button
          type="button"
          className="button"
          aria-disabled={completeSteps === 0}
          aria-describedby={completeSteps === 0 ? hintId : undefined}
          onClick={() => {
            if (completeSteps > 0) applyConsensusAsTeamPlan(itemIdsByStep());
          }}
        >
          {t.useAsTeamPlan}
        </button>
      </div>
      <Dialog open={pending} onClose={cancelRoomQuestion} title={t.replacePlanTitle} description={<p>{t.replacePlanDetail}</p>}>
        <div className="button-row">
          <button
            type="button"
            className="button"
            onClick={() => {
              saveCopy();
              applyConsensusAsTeamPlan(itemIdsByStep(), true);
            }}
          >
            {t.saveCopyFirst}
          </button>
          <button type="button" className="button button--warning" onClick={() => applyConsensusAsTeamPlan(itemIdsByStep(), true)}>
            {t.replacePlan}
          </button>
          <button type="button" className="button button--secondary" onClick={cancelRoomQuestion} data-autofocus>
            {t.cancel}
          </button>
        </div>
      </Dialog>
    </section>
  );
}

/** Memoised: while a big batch lands, the room's heavy parts render from a deferred list (room-page.tsx). */
export const ConsensusByItem = memo(ConsensusByItemView);
