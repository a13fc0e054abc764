/** Checks on the content against the source pages (issue 12, §4), in both languages. */
import { afterEach, expect, test } from 'vitest';
import { applicableApproaches, chosenApproaches, includesElementary } from '../content/approaches';
import { LEVELS } from '../content/levels';
import { setLocale } from '../i18n/i18n';
import { designContent } from './design/design.content';
import { positionContent } from './position/position.content';
import { stepEntries } from './stage-list';
import { supportContent } from './support/support.content';
import { sustainabilityContent } from './sustainability/sustainability.content';

afterEach(() => setLocale('en'));

test('career ladders cite the steps page (step 6), not the roles page', () => {
  expect(positionContent().items.find((i) => i.id === 'careerLadder')?.source).toBe('steps');
});

test('each step-7 support area has its own descriptors at every level', () => {
  const items = supportContent().items;
  for (const level of LEVELS) {
    const texts = items.map((item) => item.descriptors[level]);
    expect(new Set(texts).size).toBe(items.length);
  }
});

test('Model descriptors describe what can be seen before launch, not outcomes afterwards', () => {
  const model = stepEntries().flatMap(({ content }) => content.items.map((i) => i.descriptors.model));
  for (const text of model) expect(text).not.toMatch(/has prevented|have prevented|is tracked|reviewed each year|used well/i);
});

test('items that asked two things at once are split', () => {
  const position = positionContent().items.map((i) => i.id);
  expect(position).toEqual(expect.arrayContaining(['stakeholdersShaped', 'descriptionShared', 'goalsSet', 'goalsUnderstood', 'talentPool', 'searchApproach']));
  expect(sustainabilityContent().items.map((i) => i.id)).toEqual(expect.arrayContaining(['partnersAsAmbassadors', 'storytelling']));
  // The partners' Model descriptor stays within the steps page it cites (no cross-sector ecosystem from "benefits").
  const partners = sustainabilityContent().items.find((i) => i.id === 'partnersAsAmbassadors');
  expect(partners?.source).toBe('steps');
  expect(partners?.descriptors.model).not.toMatch(/cross-sector|changes in leadership/i);
});

test('the dedicated-time item cites the benefits page', () => {
  expect(designContent().items.find((i) => i.id === 'dedicatedTime')?.source).toBe('benefits');
});

test.each(['en', 'es'] as const)('career stage means the leader’s own (%s)', async (locale) => {
  await setLocale(locale);
  const label = designContent().questions.find((q) => q.name === 'careerStages')?.label ?? '';
  expect(label).toMatch(locale === 'en' ? /Career stage of the teacher leader/ : /del docente líder/);
  expect(label).not.toMatch(/you expect to lead|que espera/);
});

test.each(['en', 'es'] as const)('no internal jargon and no "builds on earlier steps" in any step (%s)', async (locale) => {
  await setLocale(locale);
  const texts = stepEntries().flatMap(({ content }) => [
    content.purpose,
    ...content.items.flatMap((i) => [i.statement, i.recommendation, ...Object.values(i.descriptors)]),
    ...content.questions.flatMap((q) => [q.label, q.hint ?? '']),
  ]);
  for (const text of texts) {
    expect(text).not.toMatch(/\bseeds?\b|semilla/i);
    expect(text).not.toMatch(/builds? on (the )?(earlier|previous)|se basa en los pasos anteriores/i);
    expect(text).not.toMatch(/education leaders in the source|líderes educativos de la fuente/i);
  }
});

test('elementary approaches apply to elementary, K–12 and district-wide plans, not to middle or high schools', () => {
  for (const level of ['elementary', 'k12', 'district']) {
    expect(includesElementary(level)).toBe(true);
    expect(applicableApproaches(level, 'no').map((g) => g.id)).toEqual(['elementary']);
  }
  for (const level of ['middle', 'high', undefined]) expect(applicableApproaches(level, 'no')).toEqual([]);
  expect(applicableApproaches('high', 'exploring').map((g) => g.id)).toEqual(['integrated']);
  expect(chosenApproaches('k12', 'no', ['modelClassroom']).map((r) => r.id)).toEqual(['modelClassroom']);
});
