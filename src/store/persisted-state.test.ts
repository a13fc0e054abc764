import v1 from '../../tests/fixtures/persisted-v1.json';
import { MIGRATIONS, PERSIST_VERSION, migratePersistedState, sanitizePersistedState } from './persisted-state';

test('state saved at version 1 keeps every answer and gains an empty plan and room', () => {
  expect(PERSIST_VERSION).toBe(5);
  const migrated = migratePersistedState(v1.state, v1.version);
  expect(migrated.profile?.orgName).toBe('Oak District');
  expect(migrated.steps.needs?.ratings?.addedValue).toEqual({ level: 'prepared', notes: 'Board minutes' });
  expect(migrated.steps.needs?.methods).toEqual(['fiscal']);
  expect(migrated.completed).toEqual(['profile', 'needs']);
  expect(migrated.drafts).toEqual({ vision: { statement: 'Half-typed' } });
  expect(migrated.view).toEqual({ name: 'stage', stage: 'vision' });
  expect(migrated.plan).toEqual({ actions: [], dismissedGaps: [], decisionOverride: null, jobDescription: null });
  expect(migrated.room).toEqual({ name: '', participants: [], consensus: {} });
  expect(migrated.participantId).toBeNull();
  expect(migrated.snapshots).toEqual([]);
  expect(migrated.baseline).toBeNull();
});

test('version 3 answers gain a room name and an empty participant id, and keep their room', () => {
  const room = { participants: [{ id: 'p1' }], consensus: {} };
  expect(MIGRATIONS[3]?.({ mode: 'quick', room })).toEqual({ mode: 'quick', participantId: null, room: { name: '', ...room } });
});

test('version 2 answers gain an empty room and keep the rest', () => {
  expect(MIGRATIONS[2]?.({ mode: 'quick', steps: {} })).toEqual({ mode: 'quick', steps: {}, room: { name: '', participants: [], consensus: {} } });
});

test('a damaged participant is dropped, ratings of unknown items are dropped, the rest of the room is kept', () => {
  const state = sanitizePersistedState({
    room: {
      participants: [
        {
          id: 'p1',
          name: 'Lincoln High',
          team: '',
          fileName: 'a.json',
          // Step names that exist on every object must not pass for real steps.
          ratings: { needs: { addedValue: 'model', madeUp: 'early' }, nowhere: { x: 'early' }, toString: { x: 'early' }, constructor: { x: 'model' } },
        },
        { id: 'p2', name: '', team: '', fileName: 'b.json', ratings: {} },
        { id: 'p3', name: 'x'.repeat(10_000), team: '', fileName: 'c.json', ratings: {} },
        'not a participant',
      ],
      consensus: { needs: { addedValue: 'prepared', currentVsVision: 'excellent' }, valueOf: { x: 'early' } },
    },
  });
  expect(state.room.participants).toEqual([
    { id: 'p1', name: 'Lincoln High', organisation: '', group: '', team: '', fileName: 'a.json', contentHash: '', ratings: { needs: { addedValue: 'model' } } },
  ]);
  expect(state.room.consensus).toEqual({ needs: { addedValue: 'prepared' } });
  expect(sanitizePersistedState({ room: 'broken' }).room).toEqual({ name: '', participants: [], consensus: {} });
});

test('version 1 answers saved with no mode become a full plan', () => {
  expect(migratePersistedState(v1.state, 1).mode).toBe('full');
  expect(MIGRATIONS[1]?.({ mode: 'quick', steps: {} }).mode).toBe('quick');
  expect(MIGRATIONS[1]?.({ mode: null, profile: null, steps: {} }).mode).toBeNull();
});

test('a damaged action row is dropped without losing the rest of the plan', () => {
  const good = {
    id: 'a1',
    gapKey: 'needs.addedValue',
    action: 'Check overlap with coaches',
    stepId: 'needs',
    owner: 'Ms Lee',
    start: '2027-01-01',
    due: '2027-02-01',
    resources: '',
    successMeasure: '',
    status: 'inProgress',
  };
  const state = sanitizePersistedState({
    ...v1.state,
    mode: 'full',
    plan: { actions: [good, { id: 'broken', stepId: 'nowhere' }], dismissedGaps: 'oops', decisionOverride: { value: 'go', reason: 'Board approved' } },
  });
  expect(state.plan.actions).toEqual([good]);
  expect(state.plan.dismissedGaps).toEqual([]);
  expect(state.plan.decisionOverride).toEqual({ value: 'go', reason: 'Board approved' });
  expect(state.plan.jobDescription).toBeNull();
});

test('results and plan views survive a reload', () => {
  expect(sanitizePersistedState({ view: { name: 'results' } }).view).toEqual({ name: 'results' });
  expect(sanitizePersistedState({ view: { name: 'plan' } }).view).toEqual({ name: 'plan' });
});

test('presentation and worksheets views survive a reload; an unknown step falls back to the start page', () => {
  expect(sanitizePersistedState({ view: { name: 'presentation', step: 'design' } }).view).toEqual({
    name: 'presentation',
    step: 'design',
  });
  expect(sanitizePersistedState({ view: { name: 'presentation', step: 'vision', returnTo: 'vision' } }).view).toEqual({
    name: 'presentation',
    step: 'vision',
    returnTo: 'vision',
  });
  expect(sanitizePersistedState({ view: { name: 'worksheets' } }).view).toEqual({ name: 'worksheets' });
  expect(sanitizePersistedState({ view: { name: 'presentation', step: 'nope' } }).view).toEqual({ name: 'start' });
});

test('a reconsider-the-role decision, and one whose reason is still being typed, survive a reload', () => {
  const plan = (decisionOverride: unknown) => sanitizePersistedState({ plan: { decisionOverride } }).plan.decisionOverride;
  expect(plan({ value: 'reconsider', reason: 'Coaches cover it' })).toEqual({ value: 'reconsider', reason: 'Coaches cover it' });
  expect(plan({ value: 'pause', reason: '' })).toEqual({ value: 'pause', reason: '' });
  // Older saves keep opening: the three earlier values still read as before; an unknown one is dropped.
  expect(plan({ value: 'adapt', reason: 'Grant' })).toEqual({ value: 'adapt', reason: 'Grant' });
  expect(plan({ value: 'maybe', reason: 'x' })).toBeNull();
});

test('answers saved before an item was added keep every answer; the new item is simply unrated', () => {
  // Saved when step 6 had five items: the split items (descriptionShared, goalsSet, searchApproach) are missing.
  const ratings = {
    jobDescription: { level: 'prepared', notes: 'Draft v2' },
    stakeholdersShaped: { level: 'developing', notes: '' },
    goalsUnderstood: { level: 'early', notes: '' },
    talentPool: { level: 'model', notes: '' },
    careerLadder: { level: 'unsure', notes: '' },
    removedLongAgo: { level: 'model', notes: '' },
  };
  const state = sanitizePersistedState({
    steps: { position: { competencies: 'Physics', ratings } },
    completed: ['position'],
  });
  expect(state.steps.position?.competencies).toBe('Physics');
  expect(state.steps.position?.ratings).toEqual({
    jobDescription: { level: 'prepared', notes: 'Draft v2' },
    stakeholdersShaped: { level: 'developing', notes: '' },
    goalsUnderstood: { level: 'early', notes: '' },
    talentPool: { level: 'model', notes: '' },
    careerLadder: { level: 'unsure', notes: '' },
  });
  expect(state.completed).toEqual(['position']);
});
