import type { Level, Rating } from '../content/levels';
import { ratedSteps } from '../../tests/fixtures/assessment';
import { rollUp, scoreReadiness, scoreStep, type RatingsByStep } from './readiness';

const needs = (levels: (Rating | null)[]): RatingsByStep => {
  const ids = ['currentVsVision', 'resourceInventory', 'assetsAndBarriers', 'addedValue'];
  return { needs: { ratings: Object.fromEntries(ids.map((id, i) => [id, { level: levels[i] ?? null }])) } };
};

test('a step with every item at Model is Model', () => {
  expect(scoreStep(needs(['model', 'model', 'model', 'model']), 'needs').level).toBe('model');
});

test('one Early item keeps an otherwise Prepared step at Developing', () => {
  expect(scoreStep(needs(['prepared', 'prepared', 'model', 'early']), 'needs').level).toBe('developing');
});

test('a step rated all Not sure yet has too few answers to judge', () => {
  const score = scoreStep(needs(['unsure', 'unsure', 'unsure', 'unsure']), 'needs');
  expect(score.level).toBeNull();
  expect(score.notSureCount).toBe(4);
  expect(score.ratedCount).toBe(0);
});

test('an empty step has too few answers to judge', () => {
  expect(scoreStep({}, 'needs').level).toBeNull();
  expect(scoreStep({}, 'needs').ratedCount).toBe(0);
});

test('exactly 75% Prepared or Model, with none Early, is Prepared', () => {
  expect(scoreStep(needs(['prepared', 'model', 'prepared', 'developing']), 'needs').level).toBe('prepared');
});

test('75% Model with one item below Prepared is Prepared, not Model', () => {
  expect(scoreStep(needs(['model', 'model', 'model', 'developing']), 'needs').level).toBe('prepared');
});

test('Not sure yet is left out of the level but counted as a gap', () => {
  const score = scoreStep(needs(['prepared', 'prepared', 'prepared', 'unsure']), 'needs');
  expect(score.level).toBe('prepared');
  expect(score.ratedCount).toBe(3);
  expect(score.notSureCount).toBe(1);
});

test('half the items rated is enough to judge; fewer is not', () => {
  expect(scoreStep(needs(['early', 'early', 'unsure', 'unsure']), 'needs').level).toBe('early');
  expect(scoreStep(needs(['model', 'unsure', 'unsure', 'unsure']), 'needs').level).toBeNull();
});

test('mostly Early is Early', () => {
  expect(scoreStep(needs(['early', 'early', 'early', 'developing']), 'needs').level).toBe('early');
  expect(rollUp(['early', 'developing'] as Level[], 2)).toBe('developing');
});

test('overall readiness rolls up the seven step levels with the same rule', () => {
  expect(scoreReadiness(ratedSteps(() => 'model')).overall).toBe('model');
  expect(scoreReadiness(ratedSteps(() => 'unsure')).overall).toBeNull();
  const oneEarlyStep = ratedSteps((step) => (step === 'support' ? 'early' : 'prepared'));
  const scores = scoreReadiness(oneEarlyStep);
  expect(scores.steps.find((s) => s.stepId === 'support')?.level).toBe('early');
  expect(scores.overall).toBe('developing');
  expect(scores.overallExplanation).toMatch(/7 of 7 steps were judged/);
});
