import { PROFILE, planState, ratedSteps, withAnswers } from '../../../../tests/fixtures/assessment';
import { toPlanDocumentData } from './to-plan-document';

const NOW = new Date('2026-11-23T10:00:00Z');

const fullSteps = withAnswers(
  ratedSteps((step, _item, i) => (step === 'needs' && i === 0 ? 'early' : step === 'support' && i === 1 ? 'unsure' : 'prepared')),
  {
    vision: { benefitPriorities: ['teachingPractice'] },
    programming: { stateGuides: ['northCarolinaRubrics', 'other', 'tStemBlueprint'], stateGuidesOther: 'Ohio STEM design guide' },
    design: { integratedStem: 'yes', roleType: 'fullTime' },
    position: { competencies: 'Chemistry', reportsTo: 'Assistant superintendent' },
  },
);

test('a full plan maps profile, scores, gaps, actions and sources into the PDF contract', () => {
  const data = toPlanDocumentData(
    {
      mode: 'full',
      profile: PROFILE,
      steps: fullSteps,
      plan: planState({
        actions: [
          {
            id: 'a1',
            gapKey: 'needs.currentVsVision',
            action: 'Run a needs assessment',
            stepId: 'needs',
            owner: 'Ms Rivera',
            start: '2027-01-10',
            due: '2027-03-31',
            resources: 'Survey tool',
            successMeasure: 'Findings shared',
            status: 'inProgress',
          },
        ],
        decisionOverride: { value: 'pause', reason: 'Principal leaves in June' },
      }),
    },
    NOW,
  );
  expect(data.kind).toBe('full');
  expect(data.generatedAt).toBe('2026-11-23T10:00:00.000Z');
  expect(data.profile).toEqual({
    orgName: 'Maple Elementary',
    orgTypeLabel: 'A school',
    levelLabel: 'Elementary',
    respondentRole: 'Principal',
    team: '',
    date: '2026-11-23',
  });
  expect(data.stepScores).toHaveLength(7);
  expect(data.stepScores[0]).toMatchObject({ number: 1, level: 'developing', levelLabel: 'Developing', ratedCount: 4 });
  expect(data.stepScores[6]).toMatchObject({ number: 7, level: 'prepared', notSureCount: 1 });
  expect(data.overall.level).toBe('prepared');
  expect(data.decision).toMatchObject({ value: 'pause', override: { reason: 'Principal leaves in June' } });
  expect(data.decision.override?.proposedLabel).toMatch(/^Go/);
  expect(data.topGaps.map((g) => g.ratingLabel)).toEqual(['Early', 'Not sure yet']);
  expect(data.topGaps[0]?.source).toMatch(/^Building STEM Teacher Leadership: “What steps could guide/);
  expect(data.scoringRule).toMatch(/at least 75% of rated items are Prepared or Model and none is Early/);
  expect(data.actions).toEqual([
    {
      action: 'Run a needs assessment',
      stepTitle: 'Assess STEM-related needs',
      owner: 'Ms Rivera',
      start: '2027-01-10',
      due: '2027-03-31',
      resources: 'Survey tool',
      successMeasure: 'Findings shared',
      status: 'In progress',
    },
  ]);
  expect(data.jobDescription?.find((s) => s.heading === 'Reports to')?.text).toBe('Assistant superintendent');
  expect(data.jobDescription?.find((s) => s.heading === 'The role')?.text).toBe(
    'Type of position: Full-time.\nIntegrated STEM: Yes, integrated STEM is part of our vision.',
  );
  // The chosen integrated-STEM approaches show up in the leader's development plan too.
  expect(data.pdPlan.find((r) => r.area === 'Advocacy')?.plannedSupport).toBe(
    'From your chosen approach: Build support for integrated STEM among stakeholders.',
  );
  expect(data.pdPlan).toHaveLength(6);
  expect(data.sustainability?.fundingByYear).toHaveLength(3);
  expect(data.steps[0]?.answers.length).toBeGreaterThan(0);
  expect(data.steps[0]?.items[0]).toMatchObject({ ratingLabel: 'Early' });
  expect(data.approaches.map((a) => a.heading)).toEqual(
    expect.arrayContaining([
      'Approaches for elementary schools: Put the STEM teacher leader on the school leadership team',
      'Recommendations for integrated STEM: Define and plan what integrated STEM means here',
    ]),
  );
  // "Other" is listed by the name the team typed.
  expect(data.sources.stateResources).toEqual([
    'North Carolina STEM attribute implementation rubrics',
    'Ohio STEM design guide',
    'Texas T-STEM Blueprint',
  ]);
  const programming = data.steps.find((s) => s.number === 3);
  expect(programming?.answers).toEqual(
    expect.arrayContaining([{ label: 'Other state guide or rubric you reviewed', value: 'Ohio STEM design guide' }]),
  );
  expect(data.sources.pages).toEqual(expect.arrayContaining([expect.stringMatching(/integrated STEM instruction/)]));
});

test('a quick check prints a readiness report without the plan parts', () => {
  const data = toPlanDocumentData(
    { mode: 'quick', profile: { ...PROFILE, level: 'high' }, steps: ratedSteps(() => 'model'), plan: planState() },
    NOW,
  );
  expect(data.kind).toBe('quick');
  expect(data.overall.levelLabel).toBe('Model');
  expect(data.decision).toEqual(expect.objectContaining({ value: 'go' }));
  expect(data.decision.override).toBeUndefined();
  expect(data.topGaps).toEqual([]);
  expect(data.actions).toEqual([]);
  expect(data.jobDescription).toBeNull();
  expect(data.pdPlan).toEqual([]);
  expect(data.sustainability).toBeNull();
  expect(data.approaches).toEqual([]);
  expect(data.steps.every((s) => s.answers.length === 0)).toBe(true);
});

test('marks step answers the full plan prints in their own part, so they are printed once', () => {
  const data = toPlanDocumentData({ mode: 'full', profile: PROFILE, steps: fullSteps, plan: planState() }, NOW);
  const answersOf = (n: number) => data.steps.find((s) => s.number === n)!.answers;
  const printedIn = (n: number) => new Set(answersOf(n).flatMap((a) => (a.printedIn ? [a.printedIn] : [])));
  expect(printedIn(5)).toEqual(new Set(['sustainability']));
  expect(printedIn(6)).toEqual(new Set(['jobDescription']));
  expect(printedIn(7)).toEqual(new Set(['pdPlan']));
  // The step's other answers stay with the step.
  expect(answersOf(6).some((a) => !a.printedIn)).toBe(true);
  expect(answersOf(1).every((a) => !a.printedIn)).toBe(true);
});
