import { useEffect, useEffectEvent, useState } from 'react';
import type { StepId } from '../../../stages/stage-order';

export const DEFAULT_TIMER_MINUTES = 10;
export const MAX_TIMER_MINUTES = 90;
const TICK_MS = 250; // several ticks a second so the display never skips a second

interface TimerState {
  minutes: number;
  /** Time left when paused; while running, time left is `endsAt - now`. */
  remainingMs: number;
  /** When the running countdown reaches zero (ms since epoch); null while paused or stopped. */
  endsAt: number | null;
}

export interface StepTimer {
  minutes: number;
  remainingMs: number;
  running: boolean;
  finished: boolean;
}

const freshTimer = (minutes: number): TimerState => ({ minutes, remainingMs: minutes * 60_000, endsAt: null });

/** 125_000 ms -> "02:05"; rounds up so "00:00" shows only when time is really up. */
export function formatRemaining(ms: number): string {
  const totalSeconds = Math.ceil(Math.max(0, ms) / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
}

/**
 * One countdown per step, kept while presenting so each step remembers its minutes and time left.
 * `onFinished` runs once per countdown that reaches zero (for the one "time is up" announcement).
 */
export function useStepTimers(step: StepId, onFinished: (step: StepId) => void) {
  const [timers, setTimers] = useState<Partial<Record<StepId, TimerState>>>({});
  const [now, setNow] = useState(() => Date.now());
  const timer = timers[step] ?? freshTimer(DEFAULT_TIMER_MINUTES);
  const { endsAt } = timer;

  const update = (id: StepId, change: (t: TimerState) => TimerState) =>
    setTimers((all) => ({ ...all, [id]: change(all[id] ?? freshTimer(DEFAULT_TIMER_MINUTES)) }));

  const announceFinished = useEffectEvent(onFinished);
  useEffect(() => {
    if (endsAt === null) return;
    const tick = () => {
      const time = Date.now();
      if (time < endsAt) {
        setNow(time);
        return;
      }
      window.clearInterval(interval);
      setTimers((all) => ({ ...all, [step]: { ...(all[step] ?? freshTimer(DEFAULT_TIMER_MINUTES)), remainingMs: 0, endsAt: null } }));
      announceFinished(step);
    };
    const interval = window.setInterval(tick, TICK_MS);
    return () => window.clearInterval(interval);
  }, [endsAt, step]);

  const remainingMs = endsAt === null ? timer.remainingMs : Math.max(0, endsAt - now);
  const current: StepTimer = {
    minutes: timer.minutes,
    remainingMs,
    running: endsAt !== null,
    finished: endsAt === null && timer.remainingMs === 0,
  };

  const pause = (id: StepId) =>
    update(id, (t) => (t.endsAt === null ? t : { ...t, remainingMs: Math.max(0, t.endsAt - Date.now()), endsAt: null }));

  const start = () => {
    const time = Date.now();
    setNow(time);
    // Starting a finished timer starts it again from the full time.
    update(step, (t) => ({ ...t, endsAt: time + (t.remainingMs > 0 ? t.remainingMs : t.minutes * 60_000) }));
  };

  return {
    timer: current,
    start,
    pause: () => pause(step),
    toggle: () => (current.running ? pause(step) : start()),
    reset: () => update(step, (t) => freshTimer(t.minutes)),
    setMinutes: (minutes: number) => update(step, () => freshTimer(minutes)),
  };
}
