import { PROFILE, planState, ratedSteps, withAnswers } from '../../../../tests/fixtures/assessment';
import { filledParts } from '../../../../tests/fixtures/plan-parts-state';
import { toPlanDocumentData } from './to-plan-document';

const NOW = new Date('2027-01-01T10:00:00Z');
const steps = withAnswers(
  ratedSteps((step, _item, i) => (step === 'needs' && i === 0 ? 'early' : 'prepared')),
  {
    vision: {
      benefitPriorities: ['studentEngagement', 'teacherVoice'],
      why: 'Students deserve real STEM.',
    },
    design: { roleType: 'hybrid', caseForImplementation: 'Better STEM for every class.' },
    sustainability: {
      fundingByYear: {
        year1: { source: 'grant', note: '' },
        year2: { source: 'grant', note: '' },
        year3: { source: 'recurring', note: '' },
      },
    },
    position: { competencies: 'Leads adults well', reportsTo: 'Principal' },
  },
);
const gapKey = 'needs.currentVsVision';
const action = {
  id: 'a1',
  gapKey,
  action: 'Run a needs assessment',
  stepId: 'needs' as const,
  owner: 'Ms Rivera',
  start: '2027-01-10',
  due: '2027-03-31',
  resources: '',
  successMeasure: '',
  status: 'done' as const,
};

test('the filled parts map into the PDF contract, worded, with totals, the recurring share and the timeline', () => {
  const data = toPlanDocumentData(
    {
      mode: 'full',
      profile: PROFILE,
      steps,
      plan: planState({ ...filledParts(), actions: [action] }),
    },
    NOW,
  );
  expect(data.budget).toMatchObject({
    currency: 'USD',
    yearLabels: ['Year 1', 'Year 2', 'Year 3'],
    totalsByYear: [8500.5, 6000, 6000],
    totalsBySource: [
      { sourceLabel: 'Grant', amounts: [6000, 6000, 3000] },
      { sourceLabel: 'Recurring district funds', amounts: [0, 0, 3000] },
      { sourceLabel: 'Partner', amounts: [2500.5, 0, 0] },
    ],
  });
  expect(data.budget?.lines[0]).toEqual({
    item: 'Teacher leader stipend',
    categoryLabel: 'Salary or stipend',
    sourceLabel: 'Grant',
    recurrenceLabel: 'Recurring',
    amounts: [6000, 6000, 3000],
  });
  expect(data.budget?.recurringShareNote).toMatch(
    /^By year 3, recurring district funds pay 50% of the teacher leader position \(\$3,000 of \$6,000\)/,
  );
  expect(
    data.timeline?.entries.slice(0, 4).map((e) => [e.kind, e.label, e.date, e.statusLabel]),
  ).toEqual([
    ['milestone', 'Vision agreed', '2027-01-15', 'Done'],
    ['action', 'Run a needs assessment', '2027-03-31', 'Done'],
    ['milestone', 'Program launch', '2027-08-20', 'Not done'],
    ['milestone', 'Family STEM night', '2027-10-05', 'Not done'],
  ]);
  expect(data.timeline?.entries[1]?.start).toBe('2027-01-10');
  expect(data.evaluation).toEqual([
    {
      benefit: 'Deeper student engagement',
      indicator: 'Students choosing STEM electives',
      dataSource: 'Course enrolment',
      baseline: '18%',
      target: '25%',
      reviewDate: '2028-06-01',
    },
  ]);
  expect(data.communication).toEqual([
    {
      audience: 'School board',
      message: 'Why a teacher leader',
      channel: 'Board meeting',
      owner: 'Superintendent',
      when: '2027-02-10',
    },
  ]);
  expect(data.roleDesign?.answers[0]).toEqual({
    label: 'Share of the teacher leader’s time protected for the role (%)',
    value: '50% of the leader’s time',
  });
  expect(data.roleDesign?.warnings).toEqual([]);
  expect(data.topGaps.find((g) => g.statement && g.plannedAction)?.plannedAction).toEqual({
    action: 'Run a needs assessment',
    owner: 'Ms Rivera',
    due: '2027-03-31',
  });
});

test('before the team edits them, the parts show what its answers suggest, with no invented figures', () => {
  const data = toPlanDocumentData(
    { mode: 'full', profile: PROFILE, steps, plan: planState() },
    NOW,
  );
  expect(data.budget?.lines.map((l) => [l.item, l.sourceLabel, l.amounts])).toEqual([
    ['Teacher leader position', 'Grant', [null, null, null]],
    ['Teacher leader position', 'Recurring district funds', [null, null, null]],
  ]);
  expect(data.evaluation?.map((e) => e.benefit)).toEqual([
    'Deeper student engagement',
    'More teacher voice and engagement',
  ]);
  expect(data.communication?.map((c) => [c.audience, c.message])).toEqual([
    ['Staff', 'Students deserve real STEM.'],
    ['Families', 'Students deserve real STEM.'],
    ['School board', 'Better STEM for every class.'],
    ['Partners', 'Better STEM for every class.'],
    ['Students', 'Students deserve real STEM.'],
  ]);
  expect(data.roleDesign?.answers.find((a) => a.label === 'Selection criteria')?.value).toBe(
    'Leads adults well',
  );
  expect(data.roleDesign?.warnings).toEqual([
    'How much of the leader’s time is protected for the role is not recorded yet.',
  ]);
  expect(data.timeline).toBeNull();
  expect(data.topGaps.every((g) => g.plannedAction === undefined)).toBe(true);
});

test('a quick check prints none of the plan’s parts', () => {
  const data = toPlanDocumentData(
    { mode: 'quick', profile: PROFILE, steps, plan: planState(filledParts()) },
    NOW,
  );
  expect(data.budget).toBeUndefined();
  expect(data.roleDesign).toBeUndefined();
});

test('the evaluation plan feeds the decision on which elements to sustain, on screen data and in the PDF', () => {
  const data = toPlanDocumentData(
    { mode: 'full', profile: PROFILE, steps, plan: planState({ ...filledParts(), actions: [action] }) },
    NOW,
  );
  expect(data.sustainability?.evidence).toEqual([
    expect.stringMatching(/^.+: Students choosing STEM electives \(target 25%; review on June 1, 2028\)$/),
  ]);
});
