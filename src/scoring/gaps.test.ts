import { ratedSteps } from '../../tests/fixtures/assessment';
import { gapRuleText, rankedGaps } from './gaps';

test('only Early, Developing and Not sure yet items are gaps', () => {
  expect(rankedGaps(ratedSteps(() => 'prepared'))).toEqual([]);
  expect(rankedGaps(ratedSteps(() => 'unsure')).every((g) => g.rating === 'unsure')).toBe(true);
});

test('Early gaps come before Developing ones, then priority benefits, then step order as a tie-break', () => {
  const steps = ratedSteps((step, _item, i) => {
    if (i !== 0) return 'model';
    if (step === 'support') return 'early';
    if (step === 'programming' || step === 'needs') return 'developing';
    return 'prepared';
  });
  // Programming serves "better STEM teaching practice", which the team chose.
  const keys = rankedGaps(steps, ['teachingPractice']).map((g) => g.stepId);
  expect(keys).toEqual(['support', 'programming', 'needs']);
  expect(rankedGaps(steps, []).map((g) => g.stepId)).toEqual(['support', 'needs', 'programming']);
});

test('each gap carries its recommendation and source page', () => {
  const [gap] = rankedGaps(ratedSteps((_s, _i, index) => (index === 0 ? 'early' : 'model')));
  expect(gap?.recommendation).toMatch(/needs assessment/);
  expect(gap?.source).toBe('steps');
});

test('a Not sure yet gap asks the team to find out first', () => {
  const [gap] = rankedGaps(ratedSteps((s, _i, index) => (s === 'needs' && index === 0 ? 'unsure' : 'model')));
  expect(gap?.recommendation).toMatch(/^Find out where you stand/);
});

test('the ranking rule calls step order a tie-break and never says steps build on each other', () => {
  const rule = gapRuleText().join(' ');
  expect(rule).toMatch(/tie-break/);
  expect(rule).not.toMatch(/build on|builds on/);
});
