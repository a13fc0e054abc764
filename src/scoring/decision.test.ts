import { ratedSteps } from '../../tests/fixtures/assessment';
import { proposeDecision } from './decision';
import { scoreReadiness } from './readiness';

test('proposes go when every step is Prepared or better', () => {
  expect(proposeDecision(scoreReadiness(ratedSteps(() => 'prepared'))).value).toBe('go');
});

test('proposes pause when the needs or vision step is Early, and says why', () => {
  const proposal = proposeDecision(
    scoreReadiness(ratedSteps((step) => (step === 'vision' ? 'early' : 'model'))),
  );
  expect(proposal.value).toBe('pause');
  expect(proposal.reasons).toContain('Step 2 (Vision) is Early, and later steps build on it.');
});

test('proposes adapt for a Developing profile', () => {
  expect(proposeDecision(scoreReadiness(ratedSteps(() => 'developing'))).value).toBe('adapt');
});

test('proposes pause when nothing can be judged', () => {
  const proposal = proposeDecision(scoreReadiness(ratedSteps(() => 'unsure')), 27);
  expect(proposal.value).toBe('pause');
  expect(proposal.reasons).toContain('27 items are “Not sure yet” and need finding out.');
});
