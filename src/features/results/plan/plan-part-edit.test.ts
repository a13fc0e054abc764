import { PROFILE, planState } from '../../../../tests/fixtures/assessment';
import { filledParts } from '../../../../tests/fixtures/plan-parts-state';
import type { PlanState } from './plan-model';
import { planProblems } from './plan-model';
import { applyFieldText, fieldPath, storedText } from './plan-part-edit';

const state = (plan = planState(filledParts())): PlanState => ({
  mode: 'full',
  profile: PROFILE,
  steps: {},
  plan,
});
const apply = (s: PlanState, path: string, text: string): PlanState => ({
  ...s,
  plan: { ...s.plan, ...applyFieldText(s, path, text) },
});

test('valid text goes into the part; text that is not valid yet is kept as typed and the part keeps its value', () => {
  const path = fieldPath('budget', 'b1', 'amount0');
  let s = apply(state(), path, '7,500');
  expect(s.plan.budget![0]!.amounts[0]).toBe(7500);
  s = apply(s, path, '-20');
  expect(s.plan.budget![0]!.amounts[0]).toBe(7500);
  expect(storedText(s, path)).toBe('-20');
  expect(planProblems(s).map((p) => p.message)).toContain(
    'Fix the entry marked in “Budget and funding, three years”: what you typed is kept, but the plan cannot show it yet',
  );
  s = apply(s, path, '20');
  expect(s.plan.partDrafts).toEqual({});
  expect(storedText(s, path)).toBe('20');
});

test('typing into a suggested part makes it the team’s own, with the suggestion and the change', () => {
  const s = apply(state(planState()), fieldPath('roleDesign', 'role', 'protectedPercent'), '40');
  expect(s.plan.roleDesign).toMatchObject({ protectedPercent: 40, payType: '' });
  const m = apply(state(planState()), fieldPath('milestones', 'launch', 'date'), '2027-08-20');
  expect(m.plan.milestones).toEqual([
    { id: 'launch', key: 'launch', label: '', date: '2027-08-20', owner: '', done: false },
  ]);
});

test('text for a row removed meanwhile is dropped quietly; an unknown path changes nothing', () => {
  expect(applyFieldText(state(), fieldPath('evaluation', 'gone', 'indicator'), 'x')).toEqual({
    partDrafts: {},
  });
  expect(applyFieldText(state(), 'toString.x.y', 'x')).toEqual({});
});

test('a very long paste is kept in full as a draft, with a message, and never stored in the part', () => {
  const path = fieldPath('communication', 'c1', 'message');
  const s = apply(state(), path, 'x'.repeat(5000));
  expect(s.plan.communication![0]!.message).toBe('Why a teacher leader');
  expect(storedText(s, path)).toHaveLength(5000);
});
