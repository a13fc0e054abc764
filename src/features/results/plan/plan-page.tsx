import { ExportPdf } from '../export-pdf';
import { TableWrap } from '../../../components/table-wrap';
import { useState } from 'react';
import { useDocumentTitle } from '../../../components/use-document-title';
import { sourcePageText } from '../../../content/sources';
import { NotReady } from '../results-page';
import { useAppStore } from '../../../store/app-store';
import { validateAssessment } from '../../../store/validate-assessment';
import { ActionEditor } from './action-editor';
import type { ActionRow } from '../../../store/action-row.schema';
import { JobDescriptionSection } from './job-description-section';
import {
  actionFromGap,
  blankAction,
  pdPlanRows,
  planProblems,
  proposedGaps,
  readiness,
  statusLabel,
  stepTitleOf,
  sustainabilitySummary,
} from './plan-model';

type HeadingRef = React.RefObject<HTMLHeadingElement | null>;

const dateText = (iso: string) => iso || 'Not set';

function ActionSummary({ row, onEdit, onDelete }: { row: ActionRow; onEdit: () => void; onDelete: () => void }) {
  const name = row.action.trim() || 'Untitled action';
  return (
    <article className="action-row" aria-labelledby={`action-${row.id}`}>
      <h3 className="action-row__title" id={`action-${row.id}`}>
        {name}
      </h3>
      <dl className="summary-list summary-list--compact">
        <div className="summary-list__row">
          <dt className="summary-list__key">Linked step</dt>
          <dd className="summary-list__value">{stepTitleOf(row.stepId)}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">Owner</dt>
          <dd className="summary-list__value">{row.owner || <span className="missing">No owner yet</span>}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">Start and due dates</dt>
          <dd className="summary-list__value">
            {dateText(row.start)} to {dateText(row.due)}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">Resources needed</dt>
          <dd className="summary-list__value">{row.resources || 'Not provided'}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">Success measure</dt>
          <dd className="summary-list__value">{row.successMeasure || 'Not provided'}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">Status</dt>
          <dd className="summary-list__value">{statusLabel(row)}</dd>
        </div>
      </dl>
      <div className="button-row button-row--tight">
        <button type="button" className="button button--small button--secondary" onClick={onEdit}>
          Edit{' '}
          <span className="visually-hidden">action: {name}</span>
        </button>
        <button type="button" className="button button--small button--secondary" onClick={onDelete}>
          Delete{' '}
          <span className="visually-hidden">action: {name}</span>
        </button>
      </div>
    </article>
  );
}

export function PlanPage({ headingRef }: { headingRef: HeadingRef }) {
  const state = useAppStore();
  const mode = state.mode ?? 'full';
  const [editing, setEditing] = useState<{ row: ActionRow; isNew: boolean } | null>(null);
  const [status, setStatus] = useState('');
  useDocumentTitle('Your draft implementation plan');
  if (mode === 'quick' || validateAssessment(state, mode).length > 0)
    return <NotReady headingRef={headingRef} title="Your draft implementation plan" />;

  const { gaps, decision } = readiness(state);
  const proposals = proposedGaps(state, gaps);
  const problems = planProblems(state);
  const pd = pdPlanRows(state);
  const sustainability = sustainabilitySummary(state);

  const saveRow = (row: ActionRow) => {
    if (editing?.isNew) state.addAction(row);
    else state.updateAction(row);
    setEditing(null);
    setStatus(`Action saved: ${row.action}`);
  };

  return (
    <>
      <p className="caption">Full plan</p>
      <h1 className="page-title" tabIndex={-1} ref={headingRef}>
        Your draft implementation plan
      </h1>
      <p className="lead">
        Actions to close your gaps, with owners and dates, and drafts of the job description, the teacher leader’s
        development plan and your sustainability plan.
      </p>
      <p>
        Readiness decision: <strong>{decision.label}</strong>
        {decision.overridden ? ' (chosen by your team)' : ' (proposed)'}
      </p>

      <div className={`panel${problems.length ? ' panel--warning' : ' panel--success'}`} aria-labelledby="export-heading" role="region">
        <h2 className="section-title" id="export-heading">
          Before you export
        </h2>
        {problems.length ? (
          <>
            <p>Fix these first; every action needs an owner, and a due date on or after its start date.</p>
            <ul>
              {problems.map((p) => (
                <li key={`${p.actionId}-${p.message}`}>{p.message}</li>
              ))}
            </ul>
          </>
        ) : (
          <p>
            {state.plan.actions.length
              ? 'Every action has an owner and valid dates.'
              : 'Your action plan is empty. Accept a proposed action or add your own.'}
          </p>
        )}
        <ExportPdf state={state} />
      </div>

      <p role="status" className="save-note">
        {status}
      </p>

      <section className="results-section" aria-labelledby="actions-heading">
        <h2 className="section-title" id="actions-heading">
          Action plan ({state.plan.actions.length})
        </h2>
        {state.plan.actions.length === 0 && !editing ? <p>No actions yet.</p> : null}
        {state.plan.actions.map((row) =>
          editing && !editing.isNew && editing.row.id === row.id ? (
            <ActionEditor
              key={row.id}
              row={row}
              title="Edit action"
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
                setStatus(`Action deleted: ${row.action}`);
              }}
            />
          ),
        )}
        {editing?.isNew ? (
          <ActionEditor row={editing.row} title="Add an action" onSave={saveRow} onCancel={() => setEditing(null)} />
        ) : (
          <div className="button-row">
            <button type="button" className="button button--secondary" onClick={() => setEditing({ row: blankAction(), isNew: true })}>
              Add an action
            </button>
          </div>
        )}
      </section>

      <section className="results-section" aria-labelledby="proposals-heading">
        <h2 className="section-title" id="proposals-heading">
          Proposed actions ({proposals.length})
        </h2>
        {proposals.length === 0 ? (
          <p>No proposals left: each gap has an action or was dismissed.</p>
        ) : (
          <>
            <p className="hint">One for each gap, in ranked order. Accept to add it to your action plan, then give it an owner and dates.</p>
            <ol className="gap-list">
              {proposals.map((gap) => (
                <li className="gap" key={gap.key}>
                  <p className="gap__step">
                    Step {gap.stepNumber}: {gap.stepTitle} · rated{' '}
                    <strong className={`level-tag level-tag--${gap.rating}`}>{gap.ratingLabel}</strong>
                  </p>
                  <p className="gap__statement-text">{gap.statement}</p>
                  <p className="gap__recommendation">
                    <strong>Proposed action:</strong> {gap.recommendation}
                  </p>
                  <p className="source">
                    Source: <cite>{sourcePageText(gap.source)}</cite>
                  </p>
                  <div className="button-row button-row--tight">
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => {
                        state.addAction(actionFromGap(gap));
                        setStatus(`Added to your action plan: ${gap.recommendation}`);
                      }}
                    >
                      Accept{' '}
          <span className="visually-hidden">proposed action: {gap.recommendation}</span>
                    </button>
                    <button
                      type="button"
                      className="button button--small button--secondary"
                      onClick={() => {
                        state.dismissGap(gap.key);
                        setStatus('Proposed action dismissed.');
                      }}
                    >
                      Dismiss{' '}
          <span className="visually-hidden">proposed action: {gap.recommendation}</span>
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
          Professional development plan for the teacher leader
        </h2>
        <p className="hint">From step 7: your rating of each of the six areas, and the support you planned.</p>
        <TableWrap label="Professional development plan by area">
          <table className="table">
            <caption className="visually-hidden">Professional development plan by area</caption>
            <thead>
              <tr>
                <th scope="col">Area</th>
                <th scope="col">Current strength</th>
                <th scope="col">Priority</th>
                <th scope="col">Planned support</th>
                <th scope="col">Timeline</th>
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
          Change the development plan in step 7
        </button>
      </section>

      <section className="results-section" aria-labelledby="sustain-heading">
        <h2 className="section-title" id="sustain-heading">
          Sustainability summary
        </h2>
        <TableWrap label="Funding for the position by year">
          <table className="table">
            <caption className="visually-hidden">Funding for the position by year</caption>
            <thead>
              <tr>
                <th scope="col">Year</th>
                <th scope="col">Main funding source</th>
                <th scope="col">Details</th>
              </tr>
            </thead>
            <tbody>
              {sustainability.fundingByYear.map((y) => (
                <tr key={y.year}>
                  <th scope="row">{y.year}</th>
                  <td>{y.source}</td>
                  <td>{y.note || 'Not provided'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
        {sustainability.cliffWarning ? <p className="panel panel--warning">{sustainability.cliffWarning}</p> : null}
        <dl className="summary-list">
          <div className="summary-list__row">
            <dt className="summary-list__key">Move to recurring funding</dt>
            <dd className="summary-list__value summary-list__value--text">{sustainability.transition}</dd>
          </div>
          <div className="summary-list__row">
            <dt className="summary-list__key">Deciding which elements to sustain</dt>
            <dd className="summary-list__value summary-list__value--text">{sustainability.elementsToSustain}</dd>
          </div>
          <div className="summary-list__row">
            <dt className="summary-list__key">Thought partners and ambassadors</dt>
            <dd className="summary-list__value summary-list__value--text">{sustainability.partners}</dd>
          </div>
        </dl>
        <p className="source">
          Source: <cite>{sourcePageText('steps')}</cite>
        </p>
      </section>

      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={() => state.goTo({ name: 'results' })}>
          Back to results
        </button>
      </div>
    </>
  );
}
