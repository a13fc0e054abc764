import type { BudgetLine } from '../../../store/plan-parts.schema';
import {
  formatMoney,
  recurringShareSentence,
  recurringShareYear3,
  totalsBySource,
  totalsByYear,
} from './budget-model';

const line = (overrides: Partial<BudgetLine>): BudgetLine => ({
  id: Math.random().toString(36),
  item: 'Line',
  category: 'other',
  amounts: [null, null, null],
  source: 'grant',
  recurrence: 'oneOff',
  leaderPosition: false,
  ...overrides,
});

test('totals per year add every line, blank years counting as nothing, in whole cents', () => {
  const lines = [line({ amounts: [0.1, null, 5] }), line({ amounts: [0.2, 1000, null] })];
  expect(totalsByYear(lines)).toEqual([0.3, 1000, 5]);
  expect(totalsByYear([])).toEqual([0, 0, 0]);
});

test('totals per source list only sources with lines, in the sources’ order, unchosen last', () => {
  const lines = [
    line({ source: 'partner', amounts: [1, 2, 3] }),
    line({ source: '', amounts: [4, null, null] }),
    line({ source: 'grant', amounts: [10, 10, null] }),
    line({ source: 'grant', amounts: [5, null, 1] }),
  ];
  expect(totalsBySource(lines)).toEqual([
    { source: 'grant', amounts: [15, 10, 1] },
    { source: 'partner', amounts: [1, 2, 3] },
    { source: '', amounts: [4, 0, 0] },
  ]);
});

test('the recurring share counts only position lines in year 3 paid from recurring district funds', () => {
  const lines = [
    line({ leaderPosition: true, source: 'grant', amounts: [60000, 30000, 20000] }),
    line({ leaderPosition: true, source: 'recurringDistrict', amounts: [0, 30000, 60000] }),
    line({ leaderPosition: false, source: 'recurringDistrict', amounts: [5000, 5000, 5000] }),
  ];
  expect(recurringShareYear3(lines)).toEqual({
    positionTotal: 80000,
    recurring: 60000,
    share: 0.75,
  });
  expect(recurringShareSentence(lines)).toBe(
    'By year 3, recurring district funds pay 75% of the teacher leader position ($60,000 of $80,000). A plan to move the rest from grants or other sources to recurring funds helps the position last (step 5).',
  );
});

test('the share is unknown without a position line or a year-3 amount, and says what to add', () => {
  expect(recurringShareYear3([line({})]).share).toBeNull();
  expect(recurringShareSentence([line({})])).toMatch(
    /^Mark the lines that pay for the teacher leader position/,
  );
  expect(
    recurringShareSentence([line({ leaderPosition: true, amounts: [100, null, null] })]),
  ).toMatch(/^Enter year 3 amounts/);
  expect(
    recurringShareSentence([
      line({ leaderPosition: true, source: 'recurringDistrict', amounts: [null, null, 50000] }),
    ]),
  ).toBe(
    'By year 3, recurring district funds pay all of the teacher leader position ($50,000 of $50,000).',
  );
});

test('money is US dollars, cents only when there are some', () => {
  expect(formatMoney(12500)).toBe('$12,500');
  expect(formatMoney(12500.5)).toBe('$12,500.50');
});
