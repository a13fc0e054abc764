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

test('chosen approaches feed the job description and the PD plan, beside what the team wrote', () => {
  const steps = withAnswers(ratedSteps(() => 'prepared'), {
    design: { careerStages: ['veteran'], elementaryApproaches: ['leadershipTeam'], integratedStem: 'exploring' },
    support: { pdPlan: { leadership: { priority: 'high', plannedSupport: 'Principal coaching', timeline: 'Fall' } } },
  });
  const state = { mode: 'full' as const, profile: { ...PROFILE, level: 'district' as const }, steps, plan: planState() };
  const job = assembleJobDescription(state);
  expect(job.role).toContain('Career stage of the teacher leader: Veteran.');
  expect(job.role).toContain('Elementary approach the role carries out: A seat on the school leadership team.');
  expect(job.role).toContain('Integrated STEM: We are exploring it.');
  const rows = pdPlanRows(state);
  const leadership = rows.find((r) => r.area === 'Leadership');
  expect(leadership?.plannedSupport).toBe(
    'Principal coaching\nFrom your chosen approaches: Put the STEM teacher leader on the school leadership team and Define and plan what integrated STEM means here.',
  );
  // Keep-learning (integrated) calls for PD in innovative instruction; the team wrote nothing there.
  expect(rows.find((r) => r.area === 'Innovative approaches to STEM instruction')?.plannedSupport).toBe(
    'From your chosen approach: Keep the leader learning.',
  );
});

test('without chosen approaches the PD plan shows only what the team wrote', () => {
  const steps = withAnswers(ratedSteps(() => 'prepared'), { design: { elementaryApproaches: ['twoPronged'], integratedStem: 'no' } });
  // A middle school has no elementary grades, so its (stale) elementary choices do not apply.
  const state = { mode: 'full' as const, profile: { ...PROFILE, level: 'middle' as const }, steps, plan: planState() };
  expect(pdPlanRows(state).map((r) => r.plannedSupport)).toEqual(Array(6).fill('Not provided'));
  expect(assembleJobDescription(state).role).toBe('');
});

test('in Spanish, approach lines agree in number with how many approaches there are', async () => {
  const { setLocale } = await import('../../../i18n/i18n');
  await setLocale('es');
  try {
    const one = withAnswers(ratedSteps(() => 'prepared'), { design: { elementaryApproaches: ['leadershipTeam'] } });
    const two = withAnswers(ratedSteps(() => 'prepared'), { design: { elementaryApproaches: ['leadershipTeam', 'modelClassroom'] } });
    const state = (steps: typeof one) => ({ mode: 'full' as const, profile: PROFILE, steps, plan: planState() });
    expect(assembleJobDescription(state(one)).role).toMatch(/^Enfoque de primaria que aplica el rol: /);
    expect(assembleJobDescription(state(two)).role).toMatch(/^Enfoques de primaria que aplica el rol: /);
    expect(pdPlanRows(state(one))[0]?.plannedSupport).toMatch(/^Según el enfoque elegido: /);
    expect(pdPlanRows(state(two))[0]?.plannedSupport).toMatch(/^Según los enfoques elegidos: /);
  } finally {
    await setLocale('en');
  }
});
