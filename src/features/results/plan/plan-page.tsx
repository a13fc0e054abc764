import { ExportPdf } from '../export-pdf';
import { interpolate } from '../../../components/interpolate';
import { TableWrap } from '../../../components/table-wrap';
import { useState } from 'react';
import { useDocumentTitle } from '../../../components/use-document-title';
import { formatNumber } from '../../../i18n/format';
import { useMessages } from '../../../i18n/i18n';
import { NotReady } from '../results-page';
import { SourceNote } from '../source-note';
import { useAppStore } from '../../../store/app-store';
import { validateAssessment } from '../../../store/validate-assessment';
import { ActionEditor } from './action-editor';
import type { ActionRow } from '../../../store/action-row.schema';
import { JobDescriptionSection } from './job-description-section';
import { ActionSummary } from './action-summary';
import {
  actionFromGap,
  blankAction,
  pdPlanRows,
  planProblems,
  proposedGaps,
  readiness,
  sustainabilitySummary,
} from './plan-model';
import { planPageMessages } from './plan.messages';
import { ScreenHeading } from '../../../components/screen-heading';

type HeadingRef = React.RefObject<HTMLHeadingElement | null>;

export function PlanPage({ headingRef }: { headingRef: HeadingRef }) {
  const state = useAppStore();
  const t = useMessages(planPageMessages);
  const mode = state.mode ?? 'full';
  const [editing, setEditing] = useState<{ row: ActionRow; isNew: boolean } | null>(null);
  const [status, setStatus] = useState('');
  useDocumentTitle(t.title);
  if (mode === 'quick' || validateAssessment(state, mode).length > 0)
    return <NotReady headingRef={headingRef} title={t.title} />;

  const { gaps, decision } = readiness(state);
  const proposals = proposedGaps(state, gaps);
  const problems = planProblems(state);
  const pd = pdPlanRows(state);
  const sustainability = sustainabilitySummary(state);
  const proposalContext = (action: string) => (
    <span className="visually-hidden">{t.proposalContext({ action })}</span>
  );

  const saveRow = (row: ActionRow) => {
    if (editing?.isNew) state.addAction(row);
    else state.updateAction(row);
    setEditing(null);
    setStatus(t.actionSaved({ action: row.action }));
  };

  return (
    <>
      <ScreenHeading headingRef={headingRef} caption={t.caption}>
        {t.title}
      </ScreenHeading>
      <p className="lead">{t.lead}</p>
      <p>
        {interpolate(decision.overridden ? t.decisionChosen : t.decisionProposed, {
          decision: <strong>{decision.label}</strong>,
        })}
      </p>

      <div className={`panel${problems.length ? ' panel--warning' : ' panel--success'}`} aria-labelledby="export-heading" role="region">
        <h2 className="section-title" id="export-heading">
          {t.exportHeading}
        </h2>
        {problems.length ? (
          <>
            <p>{t.fixFirst}</p>
            <ul>
              {problems.map((p) => (
                <li key={`${p.actionId}-${p.message}`}>{p.message}</li>
              ))}
            </ul>
          </>
        ) : (
          <p>{state.plan.actions.length ? t.allValid : t.emptyPlan}</p>
        )}
        <ExportPdf state={state} />
      </div>

      <p role="status" className="save-note">
        {status}
      </p>

      <section className="results-section" aria-labelledby="actions-heading">
        <h2 className="section-title" id="actions-heading">
          {t.actionsHeading({ count: formatNumber(state.plan.actions.length) })}
        </h2>
        {state.plan.actions.length === 0 && !editing ? <p>{t.noActions}</p> : null}
        {state.plan.actions.map((row) =>
          editing && !editing.isNew && editing.row.id === row.id ? (
            <ActionEditor
              key={row.id}
              row={row}
              title={t.editAction}
              onSave={saveRow}
              onCancel={() => setEditing(null)}
            />
          ) : (
            <ActionSummary
              key={row.id}
              row={row}
              onEdit={() => setEditing({ row, isNew: false })}
              onDelete={() => {
                state.deleteAction(row.id);
                setStatus(t.actionDeleted({ action: row.action }));
              }}
            />
          ),
        )}
        {editing?.isNew ? (
          <ActionEditor row={editing.row} title={t.addAction} onSave={saveRow} onCancel={() => setEditing(null)} />
        ) : (
          <div className="button-row">
            <button type="button" className="button button--secondary" onClick={() => setEditing({ row: blankAction(), isNew: true })}>
              {t.addAction}
            </button>
          </div>
        )}
      </section>

      <section className="results-section" aria-labelledby="proposals-heading">
        <h2 className="section-title" id="proposals-heading">
          {t.proposalsHeading({ count: formatNumber(proposals.length) })}
        </h2>
        {proposals.length === 0 ? (
          <p>{t.noProposals}</p>
        ) : (
          <>
            <p className="hint">{t.proposalsHint}</p>
            <ol className="gap-list">
              {proposals.map((gap) => (
                <li className="gap" key={gap.key}>
                  <p className="gap__step">
                    {interpolate(t.proposalStep, {
                      number: gap.stepNumber,
                      title: gap.stepTitle,
                      rating: <strong className={`level-tag level-tag--${gap.rating}`}>{gap.ratingLabel}</strong>,
                    })}
                  </p>
                  <p className="gap__statement-text">{gap.statement}</p>
                  <p className="gap__recommendation">
                    <strong>{t.proposedAction}</strong> {gap.recommendation}
                  </p>
                  <SourceNote page={gap.source} />
                  <div className="button-row button-row--tight">
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => {
                        state.addAction(actionFromGap(gap));
                        setStatus(t.accepted({ action: gap.recommendation }));
                      }}
                    >
                      {interpolate(t.accept, { context: proposalContext(gap.recommendation) })}
                    </button>
                    <button
                      type="button"
                      className="button button--small button--secondary"
                      onClick={() => {
                        state.dismissGap(gap.key);
                        setStatus(t.dismissed);
                      }}
                    >
                      {interpolate(t.dismiss, { context: proposalContext(gap.recommendation) })}
                    </button>
                  </div>
                </li>
              ))}
            </ol>
          </>
        )}
      </section>

      <JobDescriptionSection />

      <section className="results-section" aria-labelledby="pd-heading">
        <h2 className="section-title" id="pd-heading">
          {t.pdHeading}
        </h2>
        <p className="hint">{t.pdHint}</p>
        <TableWrap label={t.pdTable}>
          <table className="table">
            <caption className="visually-hidden">{t.pdTable}</caption>
            <thead>
              <tr>
                <th scope="col">{t.pdColumns.area}</th>
                <th scope="col">{t.pdColumns.currentStrength}</th>
                <th scope="col">{t.pdColumns.priority}</th>
                <th scope="col">{t.pdColumns.plannedSupport}</th>
                <th scope="col">{t.pdColumns.timeline}</th>
              </tr>
            </thead>
            <tbody>
              {pd.map((row) => (
                <tr key={row.area}>
                  <th scope="row">{row.area}</th>
                  <td>{row.currentStrength}</td>
                  <td>{row.priority}</td>
                  <td>{row.plannedSupport}</td>
                  <td>{row.timeline}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
        <button type="button" className="link-button" onClick={() => state.goTo({ name: 'stage', stage: 'support' })}>
          {t.changePd}
        </button>
      </section>

      <section className="results-section" aria-labelledby="sustain-heading">
        <h2 className="section-title" id="sustain-heading">
          {t.sustainHeading}
        </h2>
        <TableWrap label={t.fundingTable}>
          <table className="table">
            <caption className="visually-hidden">{t.fundingTable}</caption>
            <thead>
              <tr>
                <th scope="col">{t.fundingColumns.year}</th>
                <th scope="col">{t.fundingColumns.source}</th>
                <th scope="col">{t.fundingColumns.details}</th>
              </tr>
            </thead>
            <tbody>
              {sustainability.fundingByYear.map((y) => (
                <tr key={y.year}>
                  <th scope="row">{y.year}</th>
                  <td>{y.source}</td>
                  <td>{y.note || t.notProvided}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
        {sustainability.cliffWarning ? <p className="panel panel--warning">{sustainability.cliffWarning}</p> : null}
        <dl className="summary-list">
          <div className="summary-list__row">
            <dt className="summary-list__key">{t.transition}</dt>
            <dd className="summary-list__value summary-list__value--text">{sustainability.transition}</dd>
          </div>
          <div className="summary-list__row">
            <dt className="summary-list__key">{t.elementsToSustain}</dt>
            <dd className="summary-list__value summary-list__value--text">{sustainability.elementsToSustain}</dd>
          </div>
          <div className="summary-list__row">
            <dt className="summary-list__key">{t.partners}</dt>
            <dd className="summary-list__value summary-list__value--text">{sustainability.partners}</dd>
          </div>
        </dl>
        <SourceNote page="steps" />
      </section>

      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={() => state.goTo({ name: 'results' })}>
          {t.backToResults}
        </button>
      </div>
    </>
  );
}
