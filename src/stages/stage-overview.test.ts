// The start page and workshop screens list the steps from stage-overview.ts, which reads them from
// stage-list.ts; this checks the two agree, in each language.
import { afterEach, expect, test } from 'vitest';
import { setLocale } from '../i18n/i18n';
import { STEP_IDS, stepContent, stepEntries } from './stage-list';
import { stepOverview, stepSummary } from './stage-overview';

afterEach(() => setLocale('en'));

test('the overview lists the seven steps in the order, and with the content, of the stage list', () => {
  expect(stepEntries().map((e) => e.id)).toEqual(STEP_IDS);
  stepEntries().forEach(({ id, content }) => expect(content).toBe(stepContent(id)));
  expect(stepOverview().map((s) => s.title)).toEqual(STEP_IDS.map((id) => stepContent(id).title));
  for (const id of STEP_IDS) {
    const { number, shortTitle } = stepContent(id);
    expect(stepSummary(id)).toMatchObject({ number, shortTitle });
  }
});

test('the overview follows the language on screen', async () => {
  await setLocale('es');
  expect(stepOverview().find((s) => s.id === 'support')?.title).toBe('Apoyar al docente líder en STEM');
  expect(stepEntries().map((e) => e.content)).toEqual(STEP_IDS.map((id) => stepContent(id)));
});
