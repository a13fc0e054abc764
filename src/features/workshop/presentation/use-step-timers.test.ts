import { afterEach, expect, test } from 'vitest';
import { readTimers } from './use-step-timers';

const KEY = 'test:timers';
afterEach(() => window.sessionStorage.clear());

test('saved timers come back step by step; damaged ones and unknown steps are dropped', () => {
  window.sessionStorage.setItem(
    KEY,
    JSON.stringify({
      needs: { minutes: 12, remainingMs: 300_000, endsAt: null },
      vision: { minutes: 5, remainingMs: 60_000, endsAt: 1_900_000_000_000 },
      attributes: { minutes: 0, remainingMs: 0, endsAt: null },
      nowhere: { minutes: 5, remainingMs: 1, endsAt: null },
      stakeholders: { minutes: 5, remainingMs: 999_999_999, endsAt: null },
      __proto__: { minutes: 5 },
    }),
  );
  expect(readTimers(KEY)).toEqual({
    needs: { minutes: 12, remainingMs: 300_000, endsAt: null },
    vision: { minutes: 5, remainingMs: 60_000, endsAt: 1_900_000_000_000 },
  });
});

test('garbage in storage gives fresh timers, never an error', () => {
  for (const garbage of ['not json', 'null', '[1,2]', '"text"', '{"needs":"x"}']) {
    window.sessionStorage.setItem(KEY, garbage);
    expect(readTimers(KEY)).toEqual({});
  }
  expect(readTimers(undefined)).toEqual({});
});
