import { useId, useState } from 'react';
import { formatNumber } from '../../i18n/format';
import { useMessages } from '../../i18n/i18n';
import { stageHeading } from '../../stages/stage-heading';
import { STAGE_IDS } from '../../stages/stage-order';
import { stepSummary } from '../../stages/stage-overview';
import { stageTitle } from '../../stages/stage-list';
import { openView } from '../../store/navigation';
import { useAppStore } from '../../store/app-store';
import { validateAssessment } from '../../store/validate-assessment';
import { stepperMessages } from './stepper.messages';

export function Stepper() {
  const view = useAppStore((s) => s.view);
  const completed = useAppStore((s) => s.completed);
  const goTo = useAppStore((s) => s.goTo);
  const allDone = STAGE_IDS.every((id) => completed.includes(id));
  const current = view.name === 'stage' ? view.stage : view.name;
  const mode = useAppStore((s) => s.mode) ?? 'full';
  const profile = useAppStore((s) => s.profile);
  const steps = useAppStore((s) => s.steps);
  const t = useMessages(stepperMessages);
  // On a phone the list folds behind one line ("Step 3 of 7 ▾") so the question is on the first screen.
  const [openOnPhone, setOpenOnPhone] = useState(false);
  const listId = useId();
  const where =
    view.name === 'stage'
      ? stageHeading(view.stage).caption
      : view.name === 'review'
        ? t.checkAnswers
        : view.name === 'results'
          ? t.results
          : t.plan;
  // Results open once the assessment is valid for its mode; the plan only in a full plan.
  const resultsOpen = allDone && validateAssessment({ profile, steps }, mode).length === 0;
  const extra = [
    { name: 'results' as const, label: t.results, mark: '◔', open: resultsOpen },
    ...(mode === 'full' ? [{ name: 'plan' as const, label: t.plan, mark: '✎', open: resultsOpen }] : []),
  ];

  return (
    <nav className="stepper" aria-label={t.navLabel} data-open={openOnPhone}>
      <button
        type="button"
        className="stepper__phone-toggle"
        aria-expanded={openOnPhone}
        aria-controls={listId}
        onClick={() => setOpenOnPhone((open) => !open)}
      >
        {where} <span aria-hidden="true">{openOnPhone ? '▴' : '▾'}</span>
      </button>
      <p className="stepper__progress">
        {t.stepsCompleted({
          done: formatNumber(completed.filter((id) => id !== 'profile').length),
          total: formatNumber(STAGE_IDS.length - 1),
        })}
      </p>
      <ol className="stepper__list" id={listId}>
        {STAGE_IDS.map((id) => {
          const done = completed.includes(id);
          const isCurrent = current === id;
          // Titles from the steps' summaries: the stepper does not build every step's full content.
          const step = id === 'profile' ? null : stepSummary(id);
          const label = step ? t.stepLabel({ number: formatNumber(step.number), title: step.shortTitle }) : t.profile;
          const status = done ? t.statusCompleted : isCurrent ? t.statusCurrent : t.statusNotStarted;
          // Every step opens at any time: the source's order is a suggestion, and steps may overlap.
          return (
            <li
              key={id}
              className={`stepper__item stepper__item--${done ? 'done' : 'todo'}${isCurrent ? ' stepper__item--current' : ''}`}
            >
              <button
                type="button"
                className="stepper__link"
                aria-current={isCurrent ? 'step' : undefined}
                title={step ? step.title : stageTitle('profile')}
                onClick={() => goTo({ name: 'stage', stage: id })}
              >
                <span className="stepper__mark" aria-hidden="true">
                  {done ? '✓' : step ? step.number : '•'}
                </span>
                <span className="stepper__label">{label}</span>
                <span className="visually-hidden"> {status}</span>
              </button>
            </li>
          );
        })}
        <li className={`stepper__item${current === 'review' ? ' stepper__item--current' : ''}`}>
          {allDone ? (
            <button
              type="button"
              className="stepper__link"
              aria-current={current === 'review' ? 'step' : undefined}
              onClick={() => goTo({ name: 'review' })}
            >
              <span className="stepper__mark" aria-hidden="true">
                ☰
              </span>
              <span className="stepper__label">{t.checkAnswers}</span>
            </button>
          ) : (
            <span className="stepper__link stepper__link--disabled">
              <span className="stepper__mark" aria-hidden="true">
                ☰
              </span>
              <span className="stepper__label">{t.checkAnswers}</span>
              <span className="visually-hidden"> {t.checkAnswersLocked}</span>
            </span>
          )}
        </li>
        {extra.map((entry) =>
          entry.open ? (
            <li key={entry.name} className={`stepper__item${current === entry.name ? ' stepper__item--current' : ''}`}>
              <button
                type="button"
                className="stepper__link"
                aria-current={current === entry.name ? 'step' : undefined}
                onClick={() => openView({ name: entry.name })}
              >
                <span className="stepper__mark" aria-hidden="true">
                  {entry.mark}
                </span>
                <span className="stepper__label">{entry.label}</span>
              </button>
            </li>
          ) : null,
        )}
      </ol>
    </nav>
  );
}
