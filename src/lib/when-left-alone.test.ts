import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { userWaits } from './user-waits';
import { IDLE_FALLBACK_MS } from './when-idle';
import { whenLeftAlone } from './when-left-alone';

const PAUSE = 1000;
const type = () => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

test('waits while someone types, and runs once after a pause', () => {
  const work = vi.fn();
  whenLeftAlone(work, PAUSE);
  for (let i = 0; i < 20; i++) {
    vi.advanceTimersByTime(150); // about seven keys a second
    type();
  }
  expect(work).not.toHaveBeenCalled();
  vi.advanceTimersByTime(PAUSE + IDLE_FALLBACK_MS);
  expect(work).toHaveBeenCalledTimes(1);
  type();
  vi.advanceTimersByTime(10 * PAUSE);
  expect(work).toHaveBeenCalledTimes(1);
});

test('a key between the pause and the idle callback starts the wait again', () => {
  const work = vi.fn();
  whenLeftAlone(work, PAUSE);
  vi.advanceTimersByTime(PAUSE + IDLE_FALLBACK_MS / 2);
  type();
  vi.advanceTimersByTime(IDLE_FALLBACK_MS);
  expect(work).not.toHaveBeenCalled();
  vi.advanceTimersByTime(PAUSE + IDLE_FALLBACK_MS);
  expect(work).toHaveBeenCalledTimes(1);
});

test('waits for an export to end, then for a pause', () => {
  const work = vi.fn();
  const exportDone = userWaits();
  whenLeftAlone(work, PAUSE);
  vi.advanceTimersByTime(20 * PAUSE);
  expect(work).not.toHaveBeenCalled();
  exportDone();
  vi.advanceTimersByTime(PAUSE + IDLE_FALLBACK_MS);
  expect(work).toHaveBeenCalledTimes(1);
});

test('can be cancelled, and then never runs nor listens', () => {
  const work = vi.fn();
  const cancel = whenLeftAlone(work, PAUSE);
  cancel();
  vi.advanceTimersByTime(10 * PAUSE);
  type();
  vi.advanceTimersByTime(10 * PAUSE);
  expect(work).not.toHaveBeenCalled();
});
