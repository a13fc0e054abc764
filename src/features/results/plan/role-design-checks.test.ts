import type { RoleDesign } from '../../../store/plan-parts.schema';
import { roleWarningCodes, roleWarnings } from './role-design-checks';

const design = (overrides: Partial<RoleDesign> = {}): RoleDesign => ({
  protectedPercent: 50,
  coverage: 'A long-term substitute',
  teachersServed: 20,
  schoolsServed: 1,
  selectionCriteria: '',
  payType: 'stipend',
  ...overrides,
});

test('a consistent design raises no warning', () => {
  expect(roleWarnings({ design: design(), roleType: 'hybrid', reportsTo: 'Principal' })).toEqual(
    [],
  );
});

test('a hybrid model with all of the leader’s time out of the classroom is a contradiction', () => {
  expect(
    roleWarnings({
      design: design({ protectedPercent: 100 }),
      roleType: 'hybrid',
      reportsTo: 'Principal',
    }),
  ).toEqual([
    'Step 4 describes a hybrid role, in which the leader keeps teaching part of the time, yet all of the leader’s time is protected for the role: that is a full-time role out of the classroom.',
  ]);
});

test('a full-time role with only part of the time protected says how much', () => {
  expect(
    roleWarnings({
      design: design({ protectedPercent: 40 }),
      roleType: 'fullTime',
      reportsTo: 'Principal',
    }),
  ).toEqual([
    'Step 4 describes a full-time role out of the classroom, yet only 40% of the leader’s time is protected for it.',
  ]);
});

test('no protected time, no cover, no reporting line and an undecided share are each named', () => {
  expect(
    roleWarningCodes({
      design: design({ protectedPercent: 0 }),
      roleType: undefined,
      reportsTo: '',
    }),
  ).toEqual(['noProtectedTime', 'noReportingLine']);
  expect(
    roleWarningCodes({
      design: design({ protectedPercent: null }),
      roleType: 'hybrid',
      reportsTo: ' ',
    }),
  ).toEqual(['protectedTimeUndecided', 'noReportingLine']);
  expect(
    roleWarningCodes({
      design: design({ coverage: '  ' }),
      roleType: 'traditional',
      reportsTo: 'Principal',
    }),
  ).toEqual(['noCoverage']);
});
