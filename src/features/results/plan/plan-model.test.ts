import { PROFILE, planState, ratedSteps, withAnswers } from '../../../../tests/fixtures/assessment';
import type { ActionRow } from '../../../store/action-row.schema';
import { actionEditorSchema } from '../../../store/action-row.schema';
import {
  actionFromGap,
  assembleJobDescription,
  firstStepToUpgrade,
  pdPlanRows,
  planProblems,
  proposedGaps,
  readiness,
  sustainabilitySummary,
} from './plan-model';

const row = (overrides: Partial<ActionRow>): ActionRow => ({
  id: 'r1',
  gapKey: null,
  action: 'Write the job description',
  stepId: 'position',
  owner: 'Principal',
  start: '2027-01-01',
  due: '2027-02-01',
  resources: '',
  successMeasure: '',
  status: 'notStarted',
  ...overrides,
});

test('planProblems lists actions without an owner and due dates before start dates', () => {
  const plan = planState({
    actions: [row({}), row({ id: 'r2', owner: ' ' }), row({ id: 'r3', start: '2027-03-01', due: '2027-02-01' })],
  });
  expect(planProblems({ plan })).toEqual([
    { actionId: 'r2', message: 'Enter an owner for “Write the job description”' },
    { actionId: 'r3', message: 'The due date of “Write the job description” must be on or after its start date' },
  ]);
  expect(planProblems({ plan: planState() })).toEqual([]);
});

test('the row editor requires an owner and a due date on or after the start', () => {
  const values = { ...row({}), owner: '', due: '2026-12-01' };
  const result = actionEditorSchema.safeParse(values);
  expect(result.success).toBe(false);
  const messages = result.error?.issues.map((i) => i.message);
  expect(messages).toContain('Enter an owner for this action');
  expect(messages).toContain('The due date must be on or after the start date');
  expect(actionEditorSchema.safeParse({ ...row({}), start: '', due: '' }).success).toBe(true);
});

test('accepted and dismissed gaps are no longer proposed', () => {
  const steps = ratedSteps((s, _i, index) => (s === 'needs' && index < 3 ? 'early' : 'model'));
  const base = { mode: 'full' as const, profile: PROFILE, steps, plan: planState() };
  const gaps = readiness(base).gaps;
  expect(gaps).toHaveLength(3);
  const accepted = actionFromGap(gaps[0]!, 'a1');
  const state = { ...base, plan: planState({ actions: [accepted], dismissedGaps: [gaps[1]!.key] }) };
  expect(proposedGaps(state).map((g) => g.key)).toEqual([gaps[2]!.key]);
  expect(accepted).toMatchObject({ gapKey: gaps[0]!.key, stepId: 'needs', owner: '', status: 'notStarted' });
});

test('a decision override with a reason replaces the proposal', () => {
  const state = {
    mode: 'full' as const,
    profile: PROFILE,
    steps: ratedSteps(() => 'developing'),
    plan: planState({ decisionOverride: { value: 'go', reason: 'Grant deadline' } }),
  };
  expect(readiness(state).decision).toMatchObject({ value: 'go', overridden: true, reason: 'Grant deadline' });
});

test('job description, PD plan and sustainability come from steps 4 to 7', () => {
  const steps = withAnswers(ratedSteps(() => 'prepared'), {
    design: { roleType: 'hybrid', formality: 'formal', spheres: ['school'], purposes: ['coachingPeers'], careerStages: [] },
    position: { competencies: 'Physics', responsibilities: 'Coach', reportsTo: 'Principal', evaluation: 'Annual review', initialGoals: 'Two PLCs' },
    support: { pdPlan: { advocacy: { priority: 'high', plannedSupport: 'State network', timeline: 'Spring' } } },
    sustainability: { fundingByYear: { year1: { source: 'grant', note: 'NSF' }, year3: { source: 'grant', note: '' } }, transition: 'Board budget in year 3' },
  });
  const state = { mode: 'full' as const, profile: PROFILE, steps, plan: planState() };
  const job = assembleJobDescription(state);
  expect(job.role).toBe('Type of position: Hybrid.\nFormality: Formal.\nSphere of influence: School.\nPurpose: Coaching peers.');
  expect(job).toMatchObject({ competencies: 'Physics', reportsTo: 'Principal', goals: 'Two PLCs' });
  expect(pdPlanRows(state).find((r) => r.area === 'Advocacy')).toEqual({
    area: 'Advocacy',
    currentStrength: 'Prepared',
    priority: 'High',
    plannedSupport: 'State network',
    timeline: 'Spring',
  });
  const sustain = sustainabilitySummary(state);
  expect(sustain.fundingByYear[0]).toEqual({ year: 'Year 1', source: 'Grant', note: 'NSF' });
  expect(sustain.fundingByYear[1]?.source).toBe('Not provided');
  expect(sustain.cliffWarning).toMatch(/Year 3 still depends on a grant/);
});

test('upgrading sends the user to the first step whose full questions were never answered', () => {
  const quick = ratedSteps(() => 'prepared');
  expect(firstStepToUpgrade({ steps: quick })).toBe('needs');
  const needsDone = withAnswers(quick, {
    needs: { methods: [], currentState: '', assets: '', barriers: '', existingRoles: '' },
  });
  expect(firstStepToUpgrade({ steps: needsDone })).toBe('vision');
});
