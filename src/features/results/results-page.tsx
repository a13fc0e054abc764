import { ExportPdf } from './export-pdf';
import { useDocumentTitle } from '../../components/use-document-title';
import { sourcePageText } from '../../content/sources';
import { DECISION_LABELS, DECISION_RULE_TEXT } from '../../scoring/decision';
import { GAP_RULE_TEXT, TOP_GAP_COUNT } from '../../scoring/gaps';
import { RULE_TEXT, levelLabel } from '../../scoring/readiness';
import { useAppStore } from '../../store/app-store';
import { firstStepToUpgrade, readiness } from './plan/plan-model';
import { validateAssessment } from '../../store/validate-assessment';
import { ApproachesSection } from './approaches-section';
import { DecisionForm } from './decision-form';
import { ReadinessChart, ReadinessTable } from './readiness-chart';

type HeadingRef = React.RefObject<HTMLHeadingElement | null>;

/** Shown instead of results until every stage is valid for the chosen mode. */
export function NotReady({ headingRef, title }: { headingRef: HeadingRef; title: string }) {
  const goTo = useAppStore((s) => s.goTo);
  useDocumentTitle(title);
  return (
    <>
      <h1 className="page-title" tabIndex={-1} ref={headingRef}>
        {title}
      </h1>
      <p>Finish every step first. Check your answers to see what is missing.</p>
      <button type="button" className="button" onClick={() => goTo({ name: 'review' })}>
        Check your answers
      </button>
    </>
  );
}

export function ResultsPage({ headingRef }: { headingRef: HeadingRef }) {
  const state = useAppStore();
  const mode = state.mode ?? 'full';
  const ready = validateAssessment(state, mode).length === 0;
  useDocumentTitle('Your readiness results');
  if (!ready) return <NotReady headingRef={headingRef} title="Your readiness results" />;

  const { scores, gaps, proposal } = readiness(state);
  const topGaps = gaps.slice(0, TOP_GAP_COUNT);

  const upgrade = () => {
    state.chooseMode('full');
    const step = firstStepToUpgrade(state);
    state.goTo(step ? { name: 'stage', stage: step } : { name: 'review' });
  };

  return (
    <>
      <p className="caption">{mode === 'quick' ? 'Quick readiness check' : 'Full plan'}</p>
      <h1 className="page-title" tabIndex={-1} ref={headingRef}>
        Your readiness results
      </h1>
      <p className="lead">Where {state.profile?.orgName ?? 'you'} stands on the seven steps, the gaps that matter most, and a proposed decision.</p>

      <div className={`panel overall overall--${scores.overall ?? 'none'}`}>
        <h2 className="section-title">
          Overall readiness: <span className="overall__level">{levelLabel(scores.overall)}</span>
        </h2>
        <p>{scores.overallExplanation}</p>
      </div>

      <section className="results-section" aria-labelledby="profile-heading">
        <h2 className="section-title" id="profile-heading">
          Readiness profile
        </h2>
        <ReadinessChart scores={scores.steps} />
        <ReadinessTable scores={scores.steps} />
      </section>

      <section className="results-section" aria-labelledby="rule-heading">
        <h2 className="section-title" id="rule-heading">
          How the levels are worked out
        </h2>
        <ul className="rule-list">
          {RULE_TEXT.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p className="source">
          The four levels follow the North Carolina STEM attribute implementation rubrics, cited in{' '}
          <cite>{sourcePageText('steps')}</cite>
        </p>
      </section>

      <section className="results-section" aria-labelledby="gaps-heading">
        <h2 className="section-title" id="gaps-heading">
          Top gaps to close
        </h2>
        {topGaps.length === 0 ? (
          <p>No gaps: every item is rated Prepared or Model.</p>
        ) : (
          <>
            <details className="details">
              <summary>How gaps are ranked</summary>
              <ul className="rule-list">
                {GAP_RULE_TEXT.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </details>
            <ol className="gap-list">
              {topGaps.map((gap) => (
                <li className="gap" key={gap.key}>
                  <p className="gap__step">
                    Step {gap.stepNumber}: {gap.stepTitle}
                  </p>
                  <h3 className="gap__statement">{gap.statement}</h3>
                  <p>
                    Your rating: <strong className={`level-tag level-tag--${gap.rating}`}>{gap.ratingLabel}</strong>
                    {gap.servesPriority ? <span className="gap__priority"> Affects a benefit you prioritised</span> : null}
                  </p>
                  <p className="gap__recommendation">
                    <strong>Recommendation:</strong> {gap.recommendation}
                  </p>
                  <p className="source">
                    Source: <cite>{sourcePageText(gap.source)}</cite>
                  </p>
                </li>
              ))}
            </ol>
            {gaps.length > topGaps.length ? (
              <p>
                {gaps.length - topGaps.length} more {gaps.length - topGaps.length === 1 ? 'gap is' : 'gaps are'} listed
                {mode === 'full' ? ' in your plan as proposed actions.' : ' in a full plan as proposed actions.'}
              </p>
            ) : null}
          </>
        )}
      </section>

      <ApproachesSection />

      <section className="results-section" aria-labelledby="decision-heading">
        <h2 className="section-title" id="decision-heading">
          Readiness decision
        </h2>
        <div className="panel">
          <p className="decision__proposal">
            Proposed: <strong>{DECISION_LABELS[proposal.value]}</strong>
          </p>
          <p>Because:</p>
          <ul>
            {proposal.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
        <details className="details">
          <summary>How the decision is proposed</summary>
          <ul className="rule-list">
            {DECISION_RULE_TEXT.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
        <DecisionForm proposed={proposal.value} />
      </section>

      {mode === 'quick' ? (
        <section className="results-section" aria-labelledby="export-heading">
          <h2 className="section-title" id="export-heading">
            Your readiness report
          </h2>
          <p>A PDF of this page to share with your leadership team, board or funders.</p>
          <ExportPdf state={state} />
        </section>
      ) : null}

      {mode === 'quick' ? (
        <section className="panel" aria-labelledby="upgrade-heading">
          <h2 className="section-title" id="upgrade-heading">
            Turn this into a full plan
          </h2>
          <p>
            A full plan adds every question in the seven steps, then an action plan with owners and dates, a draft job
            description, a development plan for the teacher leader and a sustainability summary. Your ratings and
            decision are kept.
          </p>
          <button type="button" className="button" onClick={upgrade}>
            Upgrade to a full plan
          </button>
        </section>
      ) : (
        <div className="button-row">
          <button type="button" className="button" onClick={() => state.goTo({ name: 'plan' })}>
            Continue to your plan
          </button>
        </div>
      )}
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={() => state.goTo({ name: 'review' })}>
          Back to your answers
        </button>
      </div>
    </>
  );
}
