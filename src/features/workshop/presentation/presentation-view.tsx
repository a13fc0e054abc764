import { useEffect, useEffectEvent, useLayoutEffect, useRef, useState } from 'react';
import { useDocumentTitle } from '../../../components/use-document-title';
import { useMessages } from '../../../i18n/i18n';
import { LEVELS, ratingLabel } from '../../../content/levels';
import { sourceLabel } from '../../../content/sources';
import { stepEntries } from '../../../stages/stage-list';
import type { StageId, StepId } from '../../../stages/stage-list';
import { useAppStore } from '../../../store/app-store';
import { openView } from '../../../store/navigation';
import { presentationMessages } from './presentation.messages';
import { presentationAction, readCharacterKeysSetting, writeCharacterKeysSetting, type PresentationAction } from './shortcuts';
import { ShortcutsDialog } from './shortcuts-dialog';
import { StepTimerControls } from './step-timer-controls';
import { useStepTimers } from './use-step-timers';
import { useBackTarget } from '../back-link';

interface PresentationViewProps {
  step: StepId;
  /** The wizard stage to go back to on leaving; the start page when absent. */
  returnTo?: StageId | undefined;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
}

/**
 * One step at a time in large type for a projector (issue 6): purpose, readiness items with their four
 * level descriptors, and discussion prompts, with an optional countdown and keyboard shortcuts.
 */
export function PresentationView({ step, returnTo, headingRef }: PresentationViewProps) {
  const goTo = useAppStore((s) => s.goTo);
  const t = useMessages(presentationMessages);
  const index = Math.max(0, stepEntries().findIndex((entry) => entry.id === step));
  const { content } = stepEntries()[index]!;
  const total = stepEntries().length;
  const [helpOpen, setHelpOpen] = useState(false);
  const [characterKeys, setCharacterKeysState] = useState(readCharacterKeysSetting);
  const setCharacterKeys = (on: boolean) => {
    setCharacterKeysState(on);
    writeCharacterKeysSetting(on);
  };
  const [timeUpMessage, setTimeUpMessage] = useState('');
  const timers = useStepTimers(step, (finishedStep) => {
    const finished = stepEntries().find((entry) => entry.id === finishedStep)?.content;
    setTimeUpMessage(finished ? t.timeUpForStep({ number: finished.number, title: finished.title }) : t.timeUp);
  });
  useDocumentTitle(t.documentTitle({ number: content.number, total, title: content.title }));

  const showStep = (nextIndex: number) => {
    const next = stepEntries()[nextIndex];
    if (!next || next.id === step) return;
    // A running timer keeps running while the facilitator looks at another step (issue 13); only Pause stops it.
    setTimeUpMessage('');
    goTo({ name: 'presentation', step: next.id, ...(returnTo ? { returnTo } : {}) });
  };
  // Leave goes back where the facilitator came from: the stage named in the address, else the screen before.
  const cameFrom = useBackTarget('presentation', returnTo ? { name: 'stage', stage: returnTo } : undefined);
  const leave = () => openView(returnTo ? { name: 'stage', stage: returnTo } : cameFrom);
  const toggleTimer = () => {
    if (!timers.timer.running) setTimeUpMessage('');
    timers.toggle();
  };

  const run: Record<PresentationAction, () => void> = {
    next: () => showStep(index + 1),
    previous: () => showStep(index - 1),
    toggleTimer,
    leave,
    help: () => setHelpOpen(true),
  };

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (helpOpen || event.defaultPrevented) return;
    const action = presentationAction(event, { characterKeys });
    if (!action) return;
    event.preventDefault(); // PageDown and Space would otherwise also scroll the page
    run[action]();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  // A new step: focus its heading so it is announced ("Step 3 of 7, …") and reading starts at the top.
  // The first step shown is focused by the app shell, like every other screen.
  const shownStep = useRef(step);
  useLayoutEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    headingRef.current?.focus();
    window.scrollTo?.(0, 0);
  }, [step, headingRef]);

  return (
    <div className="presentation">
      <div className="presentation__bar">
        <div className="presentation__nav">
          <button type="button" className="button button--secondary" onClick={run.previous} disabled={index === 0}>
            <span aria-hidden="true">← </span>
            {t.previousStep}
          </button>
          <button type="button" className="button" onClick={run.next} disabled={index === total - 1}>
            {t.nextStep}
            <span aria-hidden="true"> →</span>
          </button>
        </div>
        <StepTimerControls
          key={step}
          stepNumber={content.number}
          timer={timers.timer}
          onToggle={toggleTimer}
          onReset={() => {
            setTimeUpMessage('');
            timers.reset();
          }}
          onMinutesChange={timers.setMinutes}
        />
        <div className="presentation__tools">
          <button type="button" className="button button--secondary" onClick={run.help} aria-haspopup="dialog">
            {t.shortcuts}
            <span aria-hidden="true"> (?)</span>
          </button>
          <button type="button" className="button button--secondary" onClick={leave}>
            {t.leave}
          </button>
        </div>
      </div>

      {/* Polite and written once per countdown, so "time is up" is announced once, not every second. */}
      <p className="visually-hidden" role="status">
        {timeUpMessage}
      </p>

      <article className="presentation__step" aria-labelledby="presentation-heading">
        {/* Named in one piece: Chromium would otherwise read the count in capitals and a space before the colon. */}
        <h1
          id="presentation-heading"
          className="presentation__title"
          tabIndex={-1}
          ref={headingRef}
          aria-label={`${t.stepCount({ number: content.number, total })}: ${content.title}`}
        >
          <span className="presentation__count">
            {t.stepCount({ number: content.number, total })}
            <span className="visually-hidden">:</span>
          </span>{' '}
          {content.title}
        </h1>
        <p className="presentation__purpose">{content.purpose}</p>

        <section aria-labelledby="presentation-items">
          <h2 id="presentation-items" className="presentation__section-title">
            {t.itemsTitle}
          </h2>
          <ol className="presentation__items">
            {content.items.map((item) => (
              <li key={item.id} className="presentation__item">
                <h3 className="presentation__statement">{item.statement}</h3>
                <dl className="level-grid">
                  {LEVELS.map((level) => (
                    <div key={level} className={`level-grid__cell level-grid__cell--${level}`}>
                      <dt>{ratingLabel(level)}</dt>
                      <dd>{item.descriptors[level]}</dd>
                    </div>
                  ))}
                </dl>
              </li>
            ))}
          </ol>
        </section>

        <section aria-labelledby="presentation-prompts" className="presentation__prompts">
          <h2 id="presentation-prompts" className="presentation__section-title">
            {t.promptsTitle}
          </h2>
          <ul>
            {content.discussionPrompts.map((prompt) => (
              <li key={prompt}>{prompt}</li>
            ))}
          </ul>
        </section>
        <p className="presentation__source">{t.fromSource({ source: sourceLabel(content.source) })}</p>
      </article>

      <ShortcutsDialog
        open={helpOpen}
        onClose={() => setHelpOpen(false)}
        characterKeys={characterKeys}
        onCharacterKeysChange={setCharacterKeys}
      />
    </div>
  );
}
