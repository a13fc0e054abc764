import { Fragment } from 'react';
import { openView } from '../../store/navigation';
import { ErrorSummary } from '../../components/error-summary';
import { interpolate } from '../../components/interpolate';
import { useDocumentTitle } from '../../components/use-document-title';
import { sourcePageText, type SeedPageKey } from '../../content/sources';
import { formatList, formatNumber } from '../../i18n/format';
import { useMessages } from '../../i18n/i18n';
import type { Rating } from '../../content/levels';
import { STAGE_IDS, STEPS, stageTitle, stepContent, type StageId, type StepId } from '../../stages/stage-list';
import { useAppStore } from '../../store/app-store';
import { formatAnswer, formatRating } from '../../stages/format-answer';
import { visibleQuestions } from '../../store/form-values';
import { validateAssessment } from '../../store/validate-assessment';
import { reviewPageMessages } from './review-page.messages';
import { ScreenHeading } from '../../components/screen-heading';

function changeButtonId(stage: StageId) {
  return `change-${stage}`;
}

/** The source pages a step's statements draw on, each once, in the order they first appear. */
function stepSources(stage: StepId): SeedPageKey[] {
  return [...new Set(stepContent(stage).items.map((item) => item.source))];
}

export function ReviewPage({ headingRef }: { headingRef: React.RefObject<HTMLHeadingElement | null> }) {
  const state = useAppStore();
  const mode = state.mode ?? 'full';
  const problems = validateAssessment(state, mode);
  const t = useMessages(reviewPageMessages);
  useDocumentTitle(t.title, problems.length > 0);

  const change = (stage: StageId) => state.goTo({ name: 'stage', stage, returnToReview: true });

  return (
    <>
      <ErrorSummary
        errors={problems.map((p) => ({ name: p.stage, message: p.message, targetId: changeButtonId(p.stage) }))}
      />
      <ScreenHeading headingRef={headingRef}>
        {t.title}
      </ScreenHeading>
      <p className="lead">{mode === 'quick' ? t.leadQuick : t.leadFull}</p>
      {STAGE_IDS.map((stage) => {
        const saved = (stage === 'profile' ? state.profile : state.steps[stage]) as Record<string, unknown> | null | undefined;
        const questions = visibleQuestions(stage, mode, state.profile?.level, saved ?? null);
        const ratings = (saved?.ratings ?? {}) as Record<string, { level?: Rating | null; notes?: string }>;
        const heading =
          stage === 'profile'
            ? stageTitle(stage)
            : t.stepHeading({ number: formatNumber(STEPS[stage].content.number), title: stageTitle(stage) });
        return (
          <section className="review-section" key={stage} aria-labelledby={`review-${stage}`}>
            <div className="review-section__header">
              <h2 className="section-title" id={`review-${stage}`}>
                {heading}
              </h2>
              <button
                type="button"
                className="link-button"
                id={changeButtonId(stage)}
                onClick={() => change(stage)}
              >
                {interpolate(t.change, {
                  answersTo: <span className="visually-hidden">{t.answersTo({ heading })}</span>,
                })}
              </button>
            </div>
            {stage !== 'profile' ? (
              // Cited once per step, not under every statement: the statements of a step share their pages.
              <p className="source">
                {t.source({ page: formatList(stepSources(stage).map((page) => `“${sourcePageText(page)}”`)) })}
              </p>
            ) : null}
            <dl className="summary-list">
              {stage !== 'profile'
                ? stepContent(stage).items.map((item) => {
                    const rating = ratings[item.id];
                    return (
                      <div className="summary-list__row" key={item.id}>
                        <dt className="summary-list__key">{item.statement}</dt>
                        <dd className="summary-list__value">
                          <strong className={`level-tag level-tag--${rating?.level ?? 'none'}`}>
                            {formatRating(rating?.level)}
                          </strong>
                          {rating?.notes ? <span className="summary-list__notes">{rating.notes}</span> : null}
                        </dd>
                      </div>
                    );
                  })
                : null}
              {questions.map((q) => (
                <div className="summary-list__row" key={q.name}>
                  <dt className="summary-list__key">{q.label}</dt>
                  <dd className="summary-list__value summary-list__value--text">
                    {formatAnswer(q, saved?.[q.name])
                      .split('\n')
                      .map((line, i) => (
                        <Fragment key={i}>
                          {i > 0 ? <br /> : null}
                          {line}
                        </Fragment>
                      ))}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        );
      })}
      {problems.length === 0 ? (
        <div className="panel panel--success">
          <h2 className="section-title">{t.allComplete(STAGE_IDS.length - 1)}</h2>
          <p>{t.savedHere}</p>
          <button type="button" className="button" onClick={() => openView({ name: 'results' })}>
            {t.toResults}
          </button>
        </div>
      ) : null}
    </>
  );
}
