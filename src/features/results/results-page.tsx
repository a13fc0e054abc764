import { ExportPdf } from './export-pdf';
import { interpolate } from '../../components/interpolate';
import { useDocumentTitle } from '../../components/use-document-title';
import { sourcePageText } from '../../content/sources';
import { useMessages } from '../../i18n/i18n';
import { decisionLabel, decisionRuleText } from '../../scoring/decision';
import { gapRuleText, TOP_GAP_COUNT } from '../../scoring/gaps';
import { ruleText } from '../../scoring/readiness';
import { useAppStore } from '../../store/app-store';
import { firstStepToUpgrade, readiness } from './plan/plan-model';
import { validateAssessment } from '../../store/validate-assessment';
import { ApproachesSection, approachesHeadingId } from './approaches-section';
import { DecisionForm } from './decision-form';
import { ReadinessTable } from './readiness-chart';
import { resultsMessages } from './results.messages';
import { ItemSource, SectionSources } from './source-note';
import { ResultsContents, ResultsSummary, SECTION_IDS } from './results-summary';
import { applicableApproaches } from '../../content/approaches';
import { FINISH_HEADING_ID, FinishAssessment } from './progress/finish-assessment';
import { progressMessages } from './progress/progress.messages';
import { ScreenHeading } from '../../components/screen-heading';

type HeadingRef = React.RefObject<HTMLHeadingElement | null>;

/** Shown instead of results until every stage is valid for the chosen mode. */
export function NotReady({ headingRef, title }: { headingRef: HeadingRef; title: string }) {
  const goTo = useAppStore((s) => s.goTo);
  const t = useMessages(resultsMessages);
  useDocumentTitle(title);
  return (
    <>
      <ScreenHeading headingRef={headingRef}>{title}</ScreenHeading>
      <p>{t.notReady}</p>
      <button type="button" className="button" onClick={() => goTo({ name: 'review' })}>
        {t.checkAnswers}
      </button>
    </>
  );
}

export function ResultsPage({ headingRef }: { headingRef: HeadingRef }) {
  const state = useAppStore();
  const t = useMessages(resultsMessages);
  const progressT = useMessages(progressMessages);
  const mode = state.mode ?? 'full';
  const ready = validateAssessment(state, mode).length === 0;
  useDocumentTitle(t.title);
  if (!ready) return <NotReady headingRef={headingRef} title={t.title} />;

  const result = readiness(state);
  const { scores, gaps, proposal } = result;
  const topGaps = gaps.slice(0, TOP_GAP_COUNT);
  const moreGaps = gaps.length - topGaps.length;
  const orgName = state.profile?.orgName;
  const approachGroups = applicableApproaches(
    state.profile?.level,
    state.steps.design?.integratedStem,
  );

  const upgrade = () => {
    state.chooseMode('full');
    const step = firstStepToUpgrade(state);
    state.goTo(step ? { name: 'stage', stage: step } : { name: 'review' });
  };

  const contents = [
    { id: SECTION_IDS.figures, label: t.contentsFigures },
    { id: SECTION_IDS.rule, label: t.ruleHeading },
    { id: SECTION_IDS.gaps, label: t.gapsHeading },
    ...approachGroups.map((group) => ({ id: approachesHeadingId(group.id), label: group.heading })),
    { id: SECTION_IDS.decision, label: t.decisionHeading },
    ...(mode === 'quick'
      ? [
          { id: SECTION_IDS.report, label: t.reportHeading },
          { id: SECTION_IDS.upgrade, label: t.upgradeHeading },
        ]
      : [{ id: SECTION_IDS.next, label: t.continueToPlan }]),
    { id: FINISH_HEADING_ID, label: progressT.finishHeading },
  ];

  return (
    <>
      <ScreenHeading
        headingRef={headingRef}
        caption={mode === 'quick' ? t.captionQuick : t.captionFull}
      >
        {t.title}
      </ScreenHeading>
      <p className="lead">{orgName ? t.lead({ orgName }) : t.leadNoName}</p>

      <ResultsSummary readiness={result} />
      <ResultsContents entries={contents} />

      <section className="results-section" aria-labelledby={SECTION_IDS.figures}>
        <h2 className="section-title" id={SECTION_IDS.figures}>
          {t.contentsFigures}
        </h2>
        <ReadinessTable scores={scores.steps} />
      </section>

      <section className="results-section" aria-labelledby={SECTION_IDS.rule}>
        <h2 className="section-title" id={SECTION_IDS.rule}>
          {t.ruleHeading}
        </h2>
        <ul className="rule-list">
          {ruleText().map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p className="source">
          {interpolate(t.rubricSource, { source: <cite>{sourcePageText('steps')}</cite> })}
        </p>
      </section>

      <section className="results-section" aria-labelledby={SECTION_IDS.gaps}>
        <h2 className="section-title" id={SECTION_IDS.gaps}>
          {t.gapsHeading}
        </h2>
        {topGaps.length === 0 ? (
          <p>{t.noGaps}</p>
        ) : (
          <>
            <details className="details">
              <summary>{t.gapRanking}</summary>
              <ul className="rule-list">
                {gapRuleText().map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </details>
            <ol className="gap-list">
              {topGaps.map((gap) => (
                <li className="gap" key={gap.key}>
                  <p className="gap__step">
                    {t.gapStep({ number: gap.stepNumber, title: gap.stepTitle })}
                  </p>
                  <h3 className="gap__statement">{gap.statement}</h3>
                  <p>
                    {interpolate(t.yourRating, {
                      rating: (
                        <strong className={`level-tag level-tag--${gap.rating}`}>
                          {gap.ratingLabel}
                        </strong>
                      ),
                    })}
                    {gap.servesPriority ? (
                      <span className="gap__priority"> {t.servesPriority}</span>
                    ) : null}
                  </p>
                  <p className="gap__recommendation">
                    <strong>{t.recommendation}</strong> {gap.recommendation}
                  </p>
                  <ItemSource page={gap.source} />
                </li>
              ))}
            </ol>
            <SectionSources pages={topGaps.map((gap) => gap.source)} />
            {moreGaps > 0 ? (
              <p>{mode === 'full' ? t.moreGapsInPlan(moreGaps) : t.moreGapsInFullPlan(moreGaps)}</p>
            ) : null}
          </>
        )}
      </section>

      <ApproachesSection />

      <section className="results-section" aria-labelledby={SECTION_IDS.decision}>
        <h2 className="section-title" id={SECTION_IDS.decision}>
          {t.decisionHeading}
        </h2>
        <div className="panel">
          <p className="decision__proposal">
            {interpolate(t.proposed, {
              decision: <strong>{decisionLabel(proposal.value)}</strong>,
            })}
          </p>
          <p>{t.because}</p>
          <ul>
            {proposal.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
        <details className="details">
          <summary>{t.decisionRule}</summary>
          <ul className="rule-list">
            {decisionRuleText().map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
        <DecisionForm proposed={proposal.value} />
      </section>

      {mode === 'quick' ? (
        <section className="results-section" aria-labelledby={SECTION_IDS.report}>
          <h2 className="section-title" id={SECTION_IDS.report}>
            {t.reportHeading}
          </h2>
          <p>{t.reportIntro}</p>
          <ExportPdf state={state} />
        </section>
      ) : null}

      {mode === 'quick' ? (
        <section className="panel" aria-labelledby={SECTION_IDS.upgrade}>
          <h2 className="section-title" id={SECTION_IDS.upgrade}>
            {t.upgradeHeading}
          </h2>
          <p>{t.upgradeText}</p>
          <button type="button" className="button" onClick={upgrade}>
            {t.upgrade}
          </button>
        </section>
      ) : (
        <div className="button-row" id={SECTION_IDS.next}>
          <button type="button" className="button" onClick={() => state.goTo({ name: 'plan' })}>
            {t.continueToPlan}
          </button>
        </div>
      )}
      <FinishAssessment />
      <div className="button-row">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => state.goTo({ name: 'review' })}
        >
          {t.backToAnswers}
        </button>
      </div>
    </>
  );
}
