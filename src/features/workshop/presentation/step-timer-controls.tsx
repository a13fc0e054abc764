import { useId, useState } from 'react';
import { useMessages } from '../../../i18n/i18n';
import { timerMessages } from './presentation.messages';
import { formatRemaining, MAX_TIMER_MINUTES, type StepTimer } from './use-step-timers';

interface StepTimerControlsProps {
  stepNumber: number;
  timer: StepTimer;
  onToggle: () => void;
  onReset: () => void;
  onMinutesChange: (minutes: number) => void;
}

const isValidMinutes = (text: string) => {
  const minutes = Number(text);
  return text.trim() !== '' && Number.isInteger(minutes) && minutes >= 1 && minutes <= MAX_TIMER_MINUTES;
};

/** The facilitator's countdown for one step: minutes, mm:ss, start/pause and reset. */
export function StepTimerControls({ stepNumber, timer, onToggle, onReset, onMinutesChange }: StepTimerControlsProps) {
  const id = useId();
  const t = useMessages(timerMessages);
  // The box keeps what is typed (even "" mid-edit); only whole minutes in range reach the timer.
  const [minutesText, setMinutesText] = useState(String(timer.minutes));
  const display = formatRemaining(timer.remainingMs);
  const minutesInvalid = !isValidMinutes(minutesText);

  return (
    <section className={`timer${timer.finished ? ' timer--finished' : ''}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="visually-hidden">
        {t.title({ number: stepNumber })}
      </h2>
      <div className="timer__minutes">
        <label htmlFor={`${id}-minutes`}>{t.minutes}</label>
        <input
          id={`${id}-minutes`}
          className="input timer__input"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_TIMER_MINUTES}
          step={1}
          value={minutesText}
          aria-invalid={minutesInvalid || undefined}
          aria-describedby={minutesInvalid ? `${id}-minutes-error` : undefined}
          onChange={(event) => {
            setMinutesText(event.target.value);
            if (isValidMinutes(event.target.value)) onMinutesChange(Number(event.target.value));
          }}
        />
        {/* Announced when it appears; the timer keeps its last valid length meanwhile. */}
        <p id={`${id}-minutes-error`} className="field-error timer__error" role="alert">
          {minutesInvalid ? t.minutesError({ max: MAX_TIMER_MINUTES, minutes: timer.minutes }) : ''}
        </p>
      </div>
      {/* Not a live region: reading the time out every second would drown the room's screen-reader users. */}
      <p className="timer__display">
        <span className="visually-hidden">{t.timeLeft} </span>
        <span className="timer__digits">{display}</span>
        {timer.finished ? <span className="timer__done"> {t.timeUp}</span> : null}
      </p>
      <div className="timer__buttons">
        <button type="button" className="button" onClick={onToggle}>
          {timer.running ? t.pause : t.start}
        </button>
        <button type="button" className="button button--secondary" onClick={onReset}>
          {t.reset}
        </button>
      </div>
    </section>
  );
}
