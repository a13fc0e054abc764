import { useEffect, useEffectEvent, useState } from 'react';
import { STEP_IDS, type StepId } from '../../../stages/stage-order';

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

type Timers = Partial<Record<StepId, TimerState>>;

const isTimerState = (value: unknown): value is TimerState => {
  if (typeof value !== 'object' || value === null) return false;
  const { minutes, remainingMs, endsAt } = value as Record<string, unknown>;
  return (
    Number.isInteger(minutes) &&
    (minutes as number) >= 1 &&
    (minutes as number) <= MAX_TIMER_MINUTES &&
    typeof remainingMs === 'number' &&
    remainingMs >= 0 &&
    remainingMs <= (minutes as number) * 60_000 &&
    (endsAt === null || (typeof endsAt === 'number' && Number.isFinite(endsAt)))
  );
};

/** Timers saved for this browser tab; anything damaged or unknown is dropped, step by step. */
export function readTimers(storageKey: string | undefined): Timers {
  if (!storageKey) return {};
  try {
    const saved: unknown = JSON.parse(window.sessionStorage.getItem(storageKey) ?? '{}');
    if (typeof saved !== 'object' || saved === null) return {};
    const kept: Timers = {};
    for (const step of STEP_IDS) {
      const value = (saved as Record<string, unknown>)[step];
      if (isTimerState(value)) kept[step] = value;
    }
    return kept;
  } catch {
    return {}; // storage blocked or not JSON: fresh timers
  }
}

function writeTimers(storageKey: string | undefined, timers: Timers): void {
  if (!storageKey) return;
  try {
    window.sessionStorage.setItem(storageKey, JSON.stringify(timers));
  } catch {
    // Storage blocked or full: the timers last until the page is left.
  }
}

/**
 * One countdown per step, kept while presenting so each step remembers its minutes and time left.
 * `onFinished` runs once per countdown that reaches zero (for the one "time is up" announcement).
 * With a `storageKey` the timers are kept for the browser tab (sessionStorage), so a reload finds each
 * step's countdown where it was: a running one has kept running, since it is stored as its end time.
 */
export function useStepTimers(step: StepId, onFinished: (step: StepId) => void, storageKey?: string) {
  const [timers, setTimers] = useState<Timers>(() => readTimers(storageKey));
  useEffect(() => writeTimers(storageKey, timers), [storageKey, timers]);
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
