import { ratedSteps } from '../../tests/fixtures/assessment';
import { addedValueRating, decisionRuleText, proposeDecision } from './decision';
import { scoreReadiness, type RatingsByStep } from './readiness';
import type { StepId } from '../stages/stage-list';
import type { Rating } from '../content/levels';

function propose(pick: (step: StepId, itemId: string, index: number) => Rating, notSureCount = 0) {
  const steps = ratedSteps(pick) as RatingsByStep;
  return proposeDecision(scoreReadiness(steps), { notSureCount, addedValue: addedValueRating(steps) });
}

test('proposes go when every step is Prepared or better', () => {
  const proposal = propose(() => 'prepared');
  expect(proposal.value).toBe('go');
  expect(proposal.reasons).toEqual(['Overall readiness is Prepared.']);
});

test('proposes adapt for a Developing profile', () => {
  expect(propose(() => 'developing').value).toBe('adapt');
});

test('an Early needs or vision step alone means adapt, not pause: the steps may overlap', () => {
  const proposal = propose((step) => (step === 'vision' ? 'early' : 'model'));
  expect(proposal.value).toBe('adapt');
  expect(proposal.reasons).toContain('Step 2 (Vision) is Early.');
  expect(proposal.reasons.join(' ')).not.toMatch(/build on/);
});

test('proposes pause when sustainability is Early, because the source plans for it before launch', () => {
  const proposal = propose((step) => (step === 'sustainability' ? 'early' : 'model'));
  expect(proposal.value).toBe('pause');
  expect(proposal.reasons).toContain(
    'Step 5 (Sustainability) is Early, and the source advises planning for sustainability before launching.',
  );
});

test('proposes pause when the overall level is Early', () => {
  expect(propose((_s, itemId) => (itemId === 'addedValue' ? 'developing' : 'early')).value).toBe('pause');
});

test('proposes pause when nothing can be judged', () => {
  const proposal = propose(() => 'unsure', 27);
  expect(proposal.value).toBe('pause');
  expect(proposal.reasons).toContain('27 items are “Not sure yet” and need finding out.');
});

test('proposes reconsider the role when the added-value item is Early, even when all else is ready', () => {
  const proposal = propose((step, itemId) => (step === 'needs' && itemId === 'addedValue' ? 'early' : 'model'));
  expect(proposal.value).toBe('reconsider');
  expect(proposal.reasons[0]).toBe(
    'You rated “We have judged what a new STEM teacher leader role would contribute here, given the roles we already have and our culture” as Early, so it is not yet clear that the role would add value here.',
  );
});

test('reconsider the role comes before pause: readiness matters little if the role adds nothing', () => {
  expect(propose(() => 'early').value).toBe('reconsider');
});

test('a Not sure yet added-value item is a gap to find out, not a reason to reconsider', () => {
  expect(propose((step, itemId) => (step === 'needs' && itemId === 'addedValue' ? 'unsure' : 'model')).value).toBe('go');
});

test('the rule on screen names all four outcomes and never says later steps build on earlier ones', () => {
  const rule = decisionRuleText().join(' ');
  for (const word of ['Reconsider the role', 'pause', 'Go', 'Adapt']) expect(rule).toContain(word);
  expect(rule).not.toMatch(/build on|builds on/);
});
