import { Fragment } from 'react';
import { openView } from '../../store/navigation';
import { ErrorSummary } from '../../components/error-summary';
import { useDocumentTitle } from '../../components/use-document-title';
import { sourcePageText } from '../../content/sources';
import type { Rating } from '../../content/levels';
import { STAGE_IDS, STEPS, stageTitle, stepContent, type StageId } from '../../stages/stage-list';
import { useAppStore } from '../../store/app-store';
import { formatAnswer, formatRating } from '../../stages/format-answer';
import { visibleQuestions } from '../../store/form-values';
import { validateAssessment } from '../../store/validate-assessment';

function changeButtonId(stage: StageId) {
  return `change-${stage}`;
}

export function ReviewPage({ headingRef }: { headingRef: React.RefObject<HTMLHeadingElement | null> }) {
  const state = useAppStore();
  const mode = state.mode ?? 'full';
  const problems = validateAssessment(state, mode);
  useDocumentTitle(`${problems.length ? 'Error: ' : ''}Check your answers`);

  const change = (stage: StageId) => state.goTo({ name: 'stage', stage, returnToReview: true });

  return (
    <>
      <ErrorSummary
        errors={problems.map((p) => ({ name: p.stage, message: p.message, targetId: changeButtonId(p.stage) }))}
      />
      <h1 className="page-title" tabIndex={-1} ref={headingRef}>
        Check your answers
      </h1>
      <p className="lead">
        {mode === 'quick'
          ? 'Your quick readiness check: every rating you gave, step by step.'
          : 'Every answer in your plan, step by step. Change anything before you go on.'}
      </p>
      {STAGE_IDS.map((stage) => {
        const saved = (stage === 'profile' ? state.profile : state.steps[stage]) as Record<string, unknown> | null | undefined;
        const questions = visibleQuestions(stage, mode, state.profile?.level);
        const ratings = (saved?.ratings ?? {}) as Record<string, { level?: Rating | null; notes?: string }>;
        const heading = stage === 'profile' ? stageTitle(stage) : `Step ${STEPS[stage].content.number}: ${stageTitle(stage)}`;
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
                Change<span className="visually-hidden"> answers to {heading}</span>
              </button>
            </div>
            <dl className="summary-list">
              {stage !== 'profile'
                ? stepContent(stage).items.map((item) => {
                    const rating = ratings[item.id];
                    return (
                      <div className="summary-list__row" key={item.id}>
                        <dt className="summary-list__key">
                          {item.statement}
                          <span className="source source--inline"> Source: {sourcePageText(item.source)}</span>
                        </dt>
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
          <h2 className="section-title">All {STAGE_IDS.length - 1} steps are complete</h2>
          <p>Your answers are saved on this computer.</p>
          <button type="button" className="button" onClick={() => openView({ name: 'results' })}>
            Continue to results
          </button>
        </div>
      ) : null}
    </>
  );
}
