import { InPageLink } from '../../components/in-page-link';
import { interpolate } from '../../components/interpolate';
import { useMessages } from '../../i18n/i18n';
import { decisionShortLabel } from '../../scoring/decision';
import type { Gap } from '../../scoring/gaps';
import { levelLabel } from '../../scoring/readiness';
import type { Readiness } from './plan/plan-model';
import { ReadinessChart } from './readiness-chart';
import { resultsMessages } from './results.messages';

/** How many gaps the summary shows; the full list (TOP_GAP_COUNT) follows in its own section. */
export const SUMMARY_GAP_COUNT = 3;

export const SECTION_IDS = {
  figures: 'profile-heading',
  rule: 'rule-heading',
  gaps: 'gaps-heading',
  decision: 'decision-heading',
  report: 'export-heading',
  upgrade: 'upgrade-heading',
  /** The "Continue to your plan" button row (a full plan's last stop on this screen). */
  next: 'results-next',
} as const;

/**
 * What a board member or a principal needs first, on one screen at 1366×900: the overall level, the
 * profile, the decision with its main reason and the first gaps with their first action. The detail
 * behind each follows in headed sections.
 */
export function ResultsSummary({ readiness }: { readiness: Readiness }) {
  const t = useMessages(resultsMessages);
  const { scores, gaps, proposal, decision } = readiness;
  const firstGaps: Gap[] = gaps.slice(0, SUMMARY_GAP_COUNT);
  const shortTitle = (stepId: string) =>
    scores.steps.find((step) => step.stepId === stepId)?.shortTitle ?? '';
  return (
    <section className="results-summary" aria-labelledby="summary-heading">
      <h2 className="visually-hidden" id="summary-heading">
        {t.atAGlance}
      </h2>
      <div className="results-summary__grid">
        <div className="results-summary__main">
          <div className={`panel overall overall--${scores.overall ?? 'none'}`}>
            <h3 className="overall__title">
              {interpolate(t.overallHeading, {
                level: <span className="overall__level">{levelLabel(scores.overall)}</span>,
              })}
            </h3>
            <p>{scores.overallExplanation}</p>
          </div>
          <div className="panel results-summary__decision">
            <p className="decision__proposal">
              {decision.overridden
                ? interpolate(t.summaryChosen, {
                    decision: <strong>{decisionShortLabel(decision.value)}</strong>,
                  })
                : interpolate(t.summaryProposed, {
                    decision: <strong>{decisionShortLabel(proposal.value)}</strong>,
                  })}
            </p>
            {decision.overridden && decision.reason ? (
              <p>{t.teamReason({ reason: decision.reason })}</p>
            ) : proposal.reasons[0] ? (
              <p>{t.mainReason({ reason: proposal.reasons[0] })}</p>
            ) : null}
            <InPageLink to={SECTION_IDS.decision}>{t.recordDecision}</InPageLink>
          </div>
        </div>
        <ReadinessChart scores={scores.steps} compact />
      </div>
      {firstGaps.length > 0 ? (
        <div className="results-summary__gaps">
          <h3 className="results-summary__gaps-title">{t.firstGapsHeading}</h3>
          <ol className="first-gaps">
            {firstGaps.map((gap) => (
              <li className="first-gap" key={gap.key}>
                <p className="gap__step">
                  {t.gapStep({ number: gap.stepNumber, title: shortTitle(gap.stepId) })}
                </p>
                <p className="first-gap__statement">{gap.statement}</p>
                <p className="first-gap__action">
                  <strong>{t.firstAction}</strong> {gap.recommendation}
                </p>
              </li>
            ))}
          </ol>
          <InPageLink to={SECTION_IDS.gaps}>{t.allGapsLink}</InPageLink>
        </div>
      ) : null}
    </section>
  );
}

/** The in-page contents list: every section below the summary, by its own heading. */
export function ResultsContents({ entries }: { entries: { id: string; label: string }[] }) {
  const t = useMessages(resultsMessages);
  return (
    <nav className="page-contents" aria-label={t.contentsLabel}>
      <h2 className="page-contents__title">{t.contentsLabel}</h2>
      <ul>
        {entries.map((entry) => (
          <li key={entry.id}>
            <InPageLink to={entry.id}>{entry.label}</InPageLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
