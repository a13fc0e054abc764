/** Test helpers: valid persisted states built from the content itself, so they follow every schema change. */
import { RATINGS } from '../../src/content/levels';
import { STEP_IDS, stepContent, type StageId } from '../../src/stages/stage-list';
import { sanitizePersistedState, type PersistedState } from '../../src/store/persisted-state';

export function ratingsFor(step: (typeof STEP_IDS)[number], level: (typeof RATINGS)[number] = 'developing', notes = '') {
  return Object.fromEntries(stepContent(step).items.map((item) => [item.id, { level, notes }]));
}

/** A quick check with a profile and every step rated. */
export function validState(overrides: Partial<PersistedState> = {}): PersistedState {
  const steps = Object.fromEntries(STEP_IDS.map((id) => [id, { ratings: ratingsFor(id) }]));
  return sanitizePersistedState({
    mode: 'quick',
    profile: {
      orgName: 'Lincoln High School',
      orgType: 'school',
      level: 'high',
      respondentRole: 'Principal',
      team: '',
      date: '2026-11-23',
    },
    steps,
    completed: ['profile', ...STEP_IDS] satisfies StageId[],
    drafts: {},
    view: { name: 'review' },
    ...overrides,
  });
}
