import {
  amountInput,
  dateInput,
  percentInput,
  planPartsPersistedShape,
  textInput,
} from './plan-parts.schema';
import { parsePlanFile, serializePlanFile } from './plan-file';
import { sanitizePersistedState } from './persisted-state';
import { validState } from '../../tests/fixtures/plan-state';
import { filledParts } from '../../tests/fixtures/plan-parts-state';
import { z } from 'zod';

const message = (schema: z.ZodType, text: string) => {
  const parsed = schema.safeParse(text);
  return parsed.success ? null : parsed.error.issues[0]!.message;
};

test('amounts read as US dollars, with or without a sign and commas; blank is no amount', () => {
  expect(amountInput.parse('12500')).toBe(12500);
  expect(amountInput.parse(' $12,500.50 ')).toBe(12500.5);
  expect(amountInput.parse('US$ 1,000,000')).toBe(1_000_000);
  expect(amountInput.parse('')).toBeNull();
});

test('a negative, odd or huge amount says what to enter', () => {
  expect(message(amountInput, '-5')).toBe('Enter zero or more; costs cannot be negative.');
  expect(message(amountInput, '12,5')).toBe(
    'Enter an amount in dollars, for example 12500 or 12,500.50',
  );
  expect(message(amountInput, 'abc')).toBe(
    'Enter an amount in dollars, for example 12500 or 12,500.50',
  );
  expect(message(amountInput, '1e9')).toBe(
    'Enter an amount in dollars, for example 12500 or 12,500.50',
  );
  expect(message(amountInput, '100000001')).toBe('Enter an amount of at most 100,000,000 dollars.');
});

test('text over its limit or with control characters, a bad date or share, each get a message', () => {
  expect(message(textInput(10), 'x'.repeat(11))).toBe(
    'Keep this to 10 characters or fewer. What you typed is kept here until you shorten it.',
  );
  expect(message(textInput(10), 'a\u0007b')).toMatch(/control characters/);
  expect(textInput(10).parse('Ñandú ✓ «»')).toBe('Ñandú ✓ «»');
  expect(message(dateInput, '2027-02-30')).toBe('Enter a date, for example 2027-03-31');
  expect(message(percentInput, '120')).toBe('Enter a share from 0 to 100 percent.');
  expect(message(percentInput, '12.5')).toBe('Enter a whole number, for example 12');
});

test('saved parts survive a reload; a damaged row or part is dropped on its own', () => {
  const plan = { ...validState().plan, ...filledParts() };
  expect(sanitizePersistedState({ ...validState(), plan }).plan).toEqual(plan);
  const damaged = {
    ...plan,
    budget: [{ id: 'bad', amounts: [-1, 0, 0] }, plan.budget![0]],
    milestones: 'not a list',
    roleDesign: { protectedPercent: 400 },
  };
  const kept = sanitizePersistedState({ ...validState(), plan: damaged }).plan;
  expect(kept.budget).toEqual([plan.budget![0]]);
  expect(kept.milestones).toBeUndefined();
  expect(kept.roleDesign).toBeUndefined();
  expect(kept.evaluation).toEqual(plan.evaluation);
});

test('saves from before the parts arrived open unchanged, with no parts', () => {
  const kept = sanitizePersistedState(validState()).plan;
  for (const key of Object.keys(planPartsPersistedShape))
    expect(kept[key as keyof typeof kept]).toBeUndefined();
});

test('a plan file carries every part and opens to exactly what was saved', () => {
  const state = {
    ...validState(),
    plan: { ...validState().plan, ...filledParts(), partDrafts: { 'budget.b1.amount0': '-5' } },
  };
  const result = parsePlanFile(serializePlanFile(state, new Date('2027-01-01T00:00:00Z')));
  expect(result).toEqual({ ok: true, state, version: expect.any(Number) });
});

test('a plan file with a damaged part is refused with where it is, not opened half', () => {
  const state = { ...validState(), plan: { ...validState().plan, ...filledParts() } };
  const text = serializePlanFile(state, new Date()).replace('"amounts": [\n', '"amounts": [\n -1,');
  const result = parsePlanFile(text);
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.message).toMatch(/plan › budget/);
});
