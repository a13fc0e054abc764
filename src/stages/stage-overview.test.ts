// The start page and workshop screens list the steps from stage-overview.ts, which repeats the order of
// stage-list.ts so it can skip the schemas; this keeps the two in step.
import { expect, test } from 'vitest';
import { STEP_ENTRIES, STEP_OVERVIEW } from './stage-overview';
import { STEP_IDS, stepContent } from './stage-list';

test('the overview lists the seven steps in the order, and with the content, of the stage list', () => {
  expect(STEP_ENTRIES.map((e) => e.id)).toEqual(STEP_IDS);
  STEP_ENTRIES.forEach(({ id, content }) => expect(content).toBe(stepContent(id)));
  expect(STEP_OVERVIEW.map((s) => s.title)).toEqual(STEP_IDS.map((id) => stepContent(id).title));
});
