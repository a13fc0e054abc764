import fc from 'fast-check';
import { expect, test } from 'vitest';
import { LEVELS, RATINGS, type Level, type Rating } from '../content/levels';
import { compareProgress, hasNoChange, type Comparable } from './progress';

const base = (over: Partial<Comparable> = {}): Comparable => ({
  takenAt: '2025-11-01T10:00:00.000Z',
  contentVersion: 1,
  overall: 'developing',
  stepLevels: { needs: 'developing', vision: 'early' },
  items: { needs: ['a', 'b', 'c'], vision: ['d'] },
  ratings: {
    needs: { a: { level: 'developing' }, b: { level: 'early' }, c: { level: 'prepared' } },
    vision: { d: { level: 'unsure' } },
  },
  actions: [
    { id: 'x', status: 'notStarted' },
    { id: 'y', status: 'inProgress' },
  ],
  milestones: [],
  ...over,
});

test('levels per step and overall are paired, with the direction of each change', () => {
  const now = base({ overall: 'prepared', stepLevels: { needs: 'prepared', vision: 'early' } });
  const progress = compareProgress(base(), now, '2026-11-01');
  expect(progress.overall).toEqual({ from: 'developing', to: 'prepared', direction: 'up' });
  expect(progress.steps).toEqual([
    { stepId: 'needs', from: 'developing', to: 'prepared', direction: 'up' },
    { stepId: 'vision', from: 'early', to: 'early', direction: 'same' },
  ]);
  expect([progress.stepsUp, progress.stepsDown]).toEqual([1, 0]);
});

test('a step too thinly rated to judge on either side has no direction', () => {
  const progress = compareProgress(base(), base({ stepLevels: { needs: null, vision: 'early' } }), '2026-11-01');
  expect(progress.steps[0]!.direction).toBe('unknown');
  expect(progress.stepsDown).toBe(0);
});

test('items that moved up or down are listed, and gaps closed and opened', () => {
  const now = base({
    ratings: {
      needs: { a: { level: 'prepared' }, b: { level: 'developing' }, c: { level: 'early' } },
      vision: { d: { level: 'model' } },
    },
  });
  const progress = compareProgress(base(), now, '2026-11-01');
  expect(progress.moved).toEqual([
    { stepId: 'needs', itemId: 'a', from: 'developing', to: 'prepared', direction: 'up' },
    { stepId: 'needs', itemId: 'b', from: 'early', to: 'developing', direction: 'up' },
    { stepId: 'needs', itemId: 'c', from: 'prepared', to: 'early', direction: 'down' },
  ]);
  // Not sure yet -> Model is no move on the continuum, but it does close a gap.
  expect(progress.gapsClosed.map((g) => g.itemId)).toEqual(['a', 'd']);
  expect(progress.newGaps.map((g) => g.itemId)).toEqual(['c']);
});

test('across content editions, items only one side had are added or removed, not moved', () => {
  const newer = base({
    contentVersion: 2,
    items: { needs: ['a', 'b', 'e'], vision: ['d'], support: ['f'] },
    ratings: { needs: { a: { level: 'developing' }, b: { level: 'early' }, e: { level: 'model' } }, vision: { d: { level: 'unsure' } }, support: { f: { level: 'early' } } },
    stepLevels: { needs: 'developing', vision: 'early', support: 'early' },
  });
  const progress = compareProgress(base(), newer, '2026-11-01');
  expect(progress.contentChanged).toBe(true);
  expect(progress.removed).toEqual([{ stepId: 'needs', itemId: 'c' }]);
  expect(progress.added).toEqual([
    { stepId: 'needs', itemId: 'e' },
    { stepId: 'support', itemId: 'f' },
  ]);
  expect(progress.moved).toEqual([]);
  // A step only the newer edition has is not paired.
  expect(progress.steps.map((s) => s.stepId)).toEqual(['needs', 'vision']);
});

test('actions are counted by status, with those done and added since the baseline', () => {
  const now = base({
    actions: [
      { id: 'x', status: 'done' },
      { id: 'y', status: 'inProgress' },
      { id: 'z', status: 'notStarted' },
    ],
  });
  expect(compareProgress(base(), now, '2026-11-01').actions).toEqual({
    total: 3,
    done: 1,
    inProgress: 1,
    notStarted: 1,
    doneSinceBaseline: 1,
    newSinceBaseline: 1,
  });
});

test('milestones are met, late (past their date, not met) or still to come', () => {
  const now = base({
    milestones: [
      { id: '1', date: '2026-01-01', met: true },
      { id: '2', date: '2026-01-01', met: false },
      { id: '3', date: '2027-01-01', met: false },
      { id: '4', date: '', met: false },
    ],
  });
  expect(compareProgress(base(), now, '2026-06-01').milestones).toEqual({ total: 4, met: 1, late: 1, upcoming: 2 });
});

const level = fc.constantFrom<Level>(...LEVELS);
const rating = fc.constantFrom<Rating>(...RATINGS);
const comparable: fc.Arbitrary<Comparable> = fc
  .dictionary(fc.constantFrom('needs', 'vision', 'design', 'extra'), fc.dictionary(fc.string({ minLength: 1, maxLength: 4 }), rating, { maxKeys: 6 }), { maxKeys: 4 })
  .chain((ratings) =>
    fc.record({
      takenAt: fc.constant('2025-01-01'),
      contentVersion: fc.nat(5),
      overall: fc.option(level, { nil: null }),
      stepLevels: fc.constant(Object.fromEntries(Object.keys(ratings).map((s) => [s, null]))),
      items: fc.constant(Object.fromEntries(Object.entries(ratings).map(([s, items]) => [s, Object.keys(items)]))),
      ratings: fc.constant(Object.fromEntries(Object.entries(ratings).map(([s, items]) => [s, Object.fromEntries(Object.entries(items).map(([i, l]) => [i, { level: l }]))]))),
      actions: fc.array(fc.record({ id: fc.uuid(), status: fc.constantFrom('notStarted' as const, 'inProgress' as const, 'done' as const) }), { maxLength: 5 }),
      milestones: fc.array(fc.record({ id: fc.uuid(), date: fc.constantFrom('', '2026-01-01', '2027-01-01'), met: fc.boolean() }), { maxLength: 4 }),
    }),
  );

test('comparing a snapshot with itself shows no change', () => {
  fc.assert(
    fc.property(comparable, (snapshot) => {
      const progress = compareProgress(snapshot, snapshot, '2026-06-01');
      expect(hasNoChange(progress)).toBe(true);
      expect(progress.steps.every((s) => s.direction === 'same' || s.direction === 'unknown')).toBe(true);
      expect(progress.contentChanged).toBe(false);
    }),
  );
});

test('every item rated on the continuum on both sides is either unchanged or listed as moved once', () => {
  fc.assert(
    fc.property(comparable, comparable, (a, b) => {
      const progress = compareProgress(a, b, '2026-06-01');
      const keys = progress.moved.map((m) => `${m.stepId}.${m.itemId}`);
      expect(new Set(keys).size).toBe(keys.length);
      for (const m of progress.moved) expect(m.from).not.toBe(m.to);
    }),
  );
});
