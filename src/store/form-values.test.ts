import { expect, test } from 'vitest';
import { visibleQuestions } from './form-values';

const names = (answers?: Record<string, unknown> | null) =>
  visibleQuestions('programming', 'full', 'high', answers).map((q) => q.name);

test('the "Other" state guide box is listed for the form, and for saved answers only when Other is ticked', () => {
  expect(names()).toContain('stateGuidesOther');
  expect(names({ stateGuides: ['tStemBlueprint'] })).not.toContain('stateGuidesOther');
  expect(names(null)).not.toContain('stateGuidesOther');
  expect(names({ stateGuides: ['other'], stateGuidesOther: 'Ohio guide' })).toContain('stateGuidesOther');
});

test('elementary approaches are asked of elementary, K–12 and district-wide plans', () => {
  const asked = (level: string) =>
    visibleQuestions('design', 'full', level).some((q) => q.name === 'elementaryApproaches');
  expect(['elementary', 'k12', 'district'].map(asked)).toEqual([true, true, true]);
  expect(['middle', 'high'].map(asked)).toEqual([false, false]);
});
