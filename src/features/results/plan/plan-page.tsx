import { PlanExports } from './plan-exports';
import { interpolate } from '../../../components/interpolate';
import { useEffect, useState } from 'react';
import { useDocumentTitle } from '../../../components/use-document-title';
import { formatNumber } from '../../../i18n/format';
import { useMessages } from '../../../i18n/i18n';
import { NotReady } from '../results-page';
import { ItemSource, SectionSources } from '../source-note';
import { useAppStore } from '../../../store/app-store';
import { validateAssessment } from '../../../store/validate-assessment';
import { ActionEditor, editorFirstFieldId } from './action-editor';
import { PdPlanSection, SustainabilitySection } from './plan-summaries';
import type { ActionRow } from '../../../store/action-row.schema';
import { JobDescriptionSection } from './job-description-section';
import { BudgetSection } from './budget-section';
import { CommunicationSection } from './communication-section';
import { EvaluationSection } from './evaluation-section';
import { RoleDesignSection } from './role-design-section';
import { TimelineSection } from './timeline-section';
import { ActionSummary, actionHeadingId, editButtonId } from './action-summary';
import { actionFromGap, blankAction, planProblems, proposedGaps, readiness } from './plan-model';
import { planPageMessages } from './plan.messages';
import { PlanContents } from './plan-contents';
import { ScreenHeading } from '../../../components/screen-heading';

type HeadingRef = React.RefObject<HTMLHeadingElement | null>;

const ACTIONS_HEADING_ID = 'actions-heading';
const PROPOSALS_HEADING_ID = 'proposals-heading';
const ADD_BUTTON_ID = 'add-action';
const acceptButtonId = (gapKey: string) => `accept-${gapKey}`;

export function PlanPage({ headingRef }: { headingRef: HeadingRef }) {
  const state = useAppStore();
  const t = useMessages(planPageMessages);
  const mode = state.mode ?? 'full';
  const [status, setStatus] = useState('');
  // Where focus goes after an action changes what is on screen: set by a handler, moved after the render.
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  useEffect(() => {
    if (focusTarget === null) return;
    document.getElementById(focusTarget)?.focus();
    setFocusTarget(null);
  }, [focusTarget]);
  useDocumentTitle(t.title);
  if (mode === 'quick' || validateAssessment(state, mode).length > 0)
    return <NotReady headingRef={headingRef} title={t.title} />;

  const { gaps, decision } = readiness(state);
  const proposals = proposedGaps(state, gaps);
  const problems = planProblems(state);
  const proposalContext = (action: string) => (
    <span className="visually-hidden">{t.proposalContext({ action })}</span>
  );

  const drafts = state.plan.actionDrafts ?? {};
  const newDrafts = Object.values(drafts).filter((d) => d.isNew);

  /** Open a row for editing; a row already open keeps what was typed in it. */
  const edit = (row: ActionRow, isNew: boolean) => {
    state.openActionDraft({ isNew, row, values: {} });
    setFocusTarget(editorFirstFieldId(row.id));
  };
  const saveRow = (row: ActionRow) => {
    if (drafts[row.id]?.isNew) state.addAction(row);
    else state.updateAction(row);
    state.closeActionDraft(row.id);
    setStatus(t.actionSaved({ action: row.action }));
    setFocusTarget(actionHeadingId(row.id));
  };
  const cancelRow = (row: ActionRow) => {
    const isNew = drafts[row.id]?.isNew;
    state.closeActionDraft(row.id);
    setFocusTarget(isNew ? ADD_BUTTON_ID : editButtonId(row.id));
  };
  const deleteRow = (row: ActionRow) => {
    const rows = state.plan.actions;
    const index = rows.findIndex((r) => r.id === row.id);
    const next = rows[index + 1] ?? rows[index - 1];
    state.deleteAction(row.id);
    state.closeActionDraft(row.id);
    setStatus(t.actionDeleted({ action: row.action }));
    setFocusTarget(next ? actionHeadingId(next.id) : ACTIONS_HEADING_ID);
  };
  /** After Accept or Dismiss the proposal leaves the list: focus the next one's Accept, else the heading. */
  const focusAfterProposal = (key: string) => {
    const index = proposals.findIndex((g) => g.key === key);
    const next = proposals[index + 1] ?? proposals[index - 1];
    setFocusTarget(next ? acceptButtonId(next.key) : PROPOSALS_HEADING_ID);
  };
  const editor = (row: ActionRow, title: string) => (
    <ActionEditor
      key={row.id}
      row={row}
      typed={drafts[row.id]?.values ?? {}}
      title={title}
      onSave={saveRow}
      onCancel={() => cancelRow(row)}
      onKeep={(values) => state.keepActionDraft(row.id, values)}
    />
  );

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

      <div className="plan-layout">
        <PlanContents state={state} proposals={proposals.length} problems={problems.length} />
        <div className="plan-layout__content">
          <div
            className={`panel${problems.length ? ' panel--warning' : ' panel--success'}`}
            aria-labelledby="export-heading"
            role="region"
          >
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
            <PlanExports state={state} />
          </div>

          <p role="status" className="save-note">
            {status}
          </p>

          <section className="results-section" aria-labelledby={ACTIONS_HEADING_ID}>
            <h2 className="section-title" id={ACTIONS_HEADING_ID} tabIndex={-1}>
              {t.actionsHeading({ count: formatNumber(state.plan.actions.length) })}
            </h2>
            {state.plan.actions.length === 0 && newDrafts.length === 0 ? (
              <p>{t.noActions}</p>
            ) : null}
            {state.plan.actions.map((row) => {
              const draft = drafts[row.id];
              return draft && !draft.isNew ? (
                editor(draft.row, t.editAction)
              ) : (
                <ActionSummary
                  key={row.id}
                  row={row}
                  onEdit={() => edit(row, false)}
                  onDelete={() => deleteRow(row)}
                />
              );
            })}
            {newDrafts.map((draft) => editor(draft.row, t.addAction))}
            <div className="button-row">
              <button
                type="button"
                id={ADD_BUTTON_ID}
                className="button button--secondary"
                onClick={() => edit(blankAction(), true)}
              >
                {t.addAction}
              </button>
            </div>
          </section>

          <section className="results-section" aria-labelledby={PROPOSALS_HEADING_ID}>
            <h2 className="section-title" id={PROPOSALS_HEADING_ID} tabIndex={-1}>
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
                          rating: (
                            <strong className={`level-tag level-tag--${gap.rating}`}>
                              {gap.ratingLabel}
                            </strong>
                          ),
                        })}
                      </p>
                      <p className="gap__statement-text">{gap.statement}</p>
                      <p className="gap__recommendation">
                        <strong>{t.proposedAction}</strong> {gap.recommendation}
                      </p>
                      <ItemSource page={gap.source} />
                      <div className="button-row button-row--tight">
                        <button
                          type="button"
                          id={acceptButtonId(gap.key)}
                          className="button button--small"
                          onClick={() => {
                            focusAfterProposal(gap.key);
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
                            focusAfterProposal(gap.key);
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
                <SectionSources pages={proposals.map((gap) => gap.source)} />
              </>
            )}
          </section>

          {/* The full plan's order (issue 12 §3): timeline, budget, job description and role, PD, sustainability, evaluation, communication. */}
          <TimelineSection />
          <BudgetSection />
          <JobDescriptionSection />
          <RoleDesignSection />
          <PdPlanSection state={state} />
          <SustainabilitySection state={state} />
          <EvaluationSection />
          <CommunicationSection />
        </div>
      </div>

      <div className="button-row">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => state.goTo({ name: 'results' })}
        >
          {t.backToResults}
        </button>
      </div>
    </>
  );
}
