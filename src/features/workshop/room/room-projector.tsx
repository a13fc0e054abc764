/**
 * The room on a projector (issue 13): one step at a time in large type, its items most disputed first,
 * each with a chart of how many chose each level (names hidden unless asked for) and the consensus
 * recorded from the keyboard on the same screen. Step timers as in the step presentation, kept in the
 * browser tab so a reload finds them where they were.
 */
import { useEffect, useEffectEvent, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { ratingLabel } from '../../../content/levels';
import { useDocumentTitle } from '../../../components/use-document-title';
import { useMessages } from '../../../i18n/i18n';
import { combineRoom, compareDisagreement } from '../../../scoring/room-combine';
import { stepEntries, type StepId } from '../../../stages/stage-list';
import { useAppStore } from '../../../store/app-store';
import { openView } from '../../../store/navigation';
import { STORAGE_KEY } from '../../../store/persist-keys';
import { backLabel, useBackTarget } from '../back-link';
import { backLinkMessages } from '../back-link.messages';
import { isTypingTarget, readCharacterKeysSetting, writeCharacterKeysSetting } from '../presentation/shortcuts';
import { StepTimerControls } from '../presentation/step-timer-controls';
import { useStepTimers } from '../presentation/use-step-timers';
import { ConsensusChoice } from './room-consensus';
import { roomProjectorMessages } from './room-projector.messages';
import { distanceText } from './room-spread';
import { SpreadChart } from './spread-chart';
import '../workshop.css';
import './room-projector.css';

/** The room's step timers, for this browser tab: a reload keeps them, a new tab starts afresh. */
export const ROOM_TIMERS_KEY = `${STORAGE_KEY}:room-timers`;

/** Radios and checkboxes take arrow keys and Space, not letters: shortcuts still work there. */
const isTextEntry = (target: EventTarget | null) =>
  isTypingTarget(target) && !(target instanceof HTMLInputElement && (target.type === 'radio' || target.type === 'checkbox'));

type Action = 'next' | 'previous' | 'timer' | 'names' | 'back';

function actionOf(event: KeyboardEvent, characterKeys: boolean): Action | null {
  if (event.ctrlKey || event.metaKey || event.altKey || event.repeat || event.defaultPrevented) return null;
  if ((event.target as Element | null)?.closest?.('dialog')) return null;
  if (event.key === 'PageDown') return 'next';
  if (event.key === 'PageUp') return 'previous';
  if (event.key === 'Escape') return 'back';
  if (!characterKeys || isTextEntry(event.target)) return null;
  const key = event.key.toLowerCase();
  return key === 't' ? 'timer' : key === 'n' ? 'names' : null;
}

export function RoomProjector({ step, headingRef }: { step: StepId; headingRef: React.RefObject<HTMLHeadingElement | null> }) {
  const t = useMessages(roomProjectorMessages);
  const back = useMessages(backLinkMessages);
  const room = useAppStore((s) => s.room);
  const goTo = useAppStore((s) => s.goTo);
  const entries = stepEntries();
  const index = Math.max(0, entries.findIndex((entry) => entry.id === step));
  const { content } = entries[index]!;
  const total = entries.length;
  const summary = useMemo(() => combineRoom(room.participants), [room.participants]);
  // Most disputed first; the sort is stable, so items that tie keep the step's order.
  const items = summary.items.filter((i) => i.stepId === step).sort(compareDisagreement);
  const [showNames, setShowNames] = useState(false);
  const [characterKeys, setCharacterKeysState] = useState(readCharacterKeysSetting);
  const [timeUpMessage, setTimeUpMessage] = useState('');
  const timers = useStepTimers(
    step,
    (finishedStep) => {
      const finished = entries.find((entry) => entry.id === finishedStep)?.content;
      setTimeUpMessage(finished ? t.timeUpForStep({ number: finished.number, title: finished.title }) : t.timeUp);
    },
    ROOM_TIMERS_KEY,
  );
  const backTarget = useBackTarget('room-present', { name: 'room' });
  useDocumentTitle(t.documentTitle({ number: content.number, total, title: content.title }));

  const showStep = (nextIndex: number) => {
    const next = entries[nextIndex];
    if (!next || next.id === step) return;
    setTimeUpMessage('');
    goTo({ name: 'room-present', step: next.id });
  };
  const run: Record<Action, () => void> = {
    next: () => showStep(index + 1),
    previous: () => showStep(index - 1),
    timer: () => {
      if (!timers.timer.running) setTimeUpMessage('');
      timers.toggle();
    },
    names: () => setShowNames((shown) => !shown),
    back: () => openView(backTarget),
  };
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    const action = actionOf(event, characterKeys);
    if (!action) return;
    event.preventDefault();
    run[action]();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  // A new step: focus its heading so it is announced and reading starts at the top (the first is focused by the app).
  const shownStep = useRef(step);
  useLayoutEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    headingRef.current?.focus();
    window.scrollTo?.(0, 0);
  }, [step, headingRef]);

  return (
    <div className="presentation room-projector">
      <div className="presentation__bar">
        <p className="workshop-back">
          <button type="button" className="link-button" onClick={run.back}>
            {backLabel(back, backTarget)}
          </button>
        </p>
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
          onToggle={run.timer}
          onReset={() => {
            setTimeUpMessage('');
            timers.reset();
          }}
          onMinutesChange={timers.setMinutes}
        />
        <div className="presentation__tools">
          <button type="button" className="button button--secondary" aria-pressed={showNames} onClick={run.names}>
            {t.showNames}
          </button>
        </div>
      </div>

      <p className="visually-hidden" role="status">
        {timeUpMessage}
      </p>

      <article className="presentation__step" aria-labelledby="room-projector-heading">
        {/* Named in one piece: Chromium would otherwise read the count in capitals and a space before the colon. */}
        <h1
          id="room-projector-heading"
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
        <p className="room-projector__meta">
          {t.participants(room.participants.length)} {t.order} {showNames ? t.namesShown : t.namesHidden}
        </p>
        {room.participants.length === 0 ? <p className="room-projector__empty">{t.noParticipants}</p> : null}
        <ol className="room-projector__items">
          {items.map((item) => {
            const agreed = room.consensus[item.stepId]?.[item.itemId];
            return (
              <li key={item.itemId} className="room-projector__item">
                <h2 className="room-projector__statement">
                  <span className="room-item__number">{item.itemNumber}</span> {item.statement}
                </h2>
                <p className="room-projector__range">
                  {distanceText(item)} · {agreed ? t.agreed({ level: ratingLabel(agreed) }) : t.notAgreed}
                </p>
                <SpreadChart item={item} participants={room.participants} showNames={showNames} />
                <ConsensusChoice item={item} value={agreed} className="consensus--large" />
              </li>
            );
          })}
        </ol>
      </article>

      <section className="room-projector__keys" aria-labelledby="room-projector-keys">
        <h2 id="room-projector-keys" className="presentation__section-title">
          {t.keysTitle}
        </h2>
        <ul>
          <li>{t.keysRecord}</li>
          <li>{t.keysSteps}</li>
          {characterKeys ? <li>{t.keysTimer}</li> : null}
          {characterKeys ? <li>{t.keysNames}</li> : null}
          <li>{t.keysBack}</li>
        </ul>
        <label className="room-projector__setting">
          <input
            type="checkbox"
            checked={characterKeys}
            onChange={(event) => {
              const on = event.currentTarget.checked;
              setCharacterKeysState(on);
              writeCharacterKeysSetting(on);
            }}
          />{' '}
          {t.characterKeys}
        </label>
      </section>
    </div>
  );
}
