import fc from 'fast-check';
import { expect, test } from 'vitest';
import { RATINGS } from '../content/levels';
import { chooseFile } from './file-flow';
import { PLAN_FILE_APP, parsePlanFile, serializePlanFile } from './plan-file';
import { STAGE_IDS, STEP_IDS, stepContent } from '../stages/stage-list';
import { partialize, useAppStore } from './app-store';
import { PERSIST_VERSION, sanitizePersistedState, type PersistedState } from './persisted-state';
import { validState } from '../../tests/fixtures/plan-state';

const NOW = new Date('2026-11-23T10:00:00Z');
const UNSAFE = new Set(['__proto__', 'constructor', 'prototype']);

const trimmed = (max: number) => fc.string({ maxLength: max }).map((s) => s.trim());
const nonEmpty = (max: number) => trimmed(max).filter((s) => s.length > 0);

const profileArb = fc.record({
  orgName: nonEmpty(80),
  orgType: fc.constantFrom('school', 'district'),
  level: fc.constantFrom('elementary', 'middle', 'high', 'k12', 'district'),
  respondentRole: nonEmpty(80),
  team: trimmed(200),
  date: fc
    .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
});

const ratingsArb = (step: (typeof STEP_IDS)[number]) =>
  fc.record(
    Object.fromEntries(
      stepContent(step).items.map((item) => [item.id, fc.record({ level: fc.constantFrom(...RATINGS), notes: trimmed(300) })]),
    ),
  );

const stepsArb = fc.record(
  Object.fromEntries(STEP_IDS.map((id) => [id, fc.record({ ratings: ratingsArb(id) })])),
  { requiredKeys: [] },
);

/** Drafts hold whatever a half-filled form had: any JSON. Unsafe keys are not valid data, so none are made. */
const draftsArb = fc.dictionary(
  fc.constantFrom(...STAGE_IDS),
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.parse(JSON.stringify(v), (k, x) => (UNSAFE.has(k) ? undefined : x))),
  { maxKeys: 3 },
);

const isoDate = fc
  .date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const actionArb = fc.record({
  id: fc.uuid(),
  gapKey: fc.option(fc.string({ minLength: 1, maxLength: 40 }), { nil: null }),
  action: trimmed(300),
  stepId: fc.constantFrom(...STEP_IDS),
  owner: trimmed(120),
  start: fc.oneof(fc.constant(''), isoDate),
  due: fc.oneof(fc.constant(''), isoDate),
  resources: trimmed(300),
  successMeasure: trimmed(300),
  status: fc.constantFrom('notStarted', 'inProgress', 'done'),
});
const planArb = fc.record({
  actions: fc.array(actionArb, { maxLength: 5 }),
  dismissedGaps: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 40 }), { maxLength: 4 }),
  decisionOverride: fc.option(
    fc.record({ value: fc.constantFrom('go', 'adapt', 'pause'), reason: trimmed(300).filter((r) => r.length > 0) }),
    { nil: null },
  ),
  jobDescription: fc.constant(null),
});

/** A room: participants' names and ratings (any subset of items) and the room's consensus. */
const roomRatingsArb = fc.record(
  Object.fromEntries(
    STEP_IDS.map((id) => [
      id,
      fc.record(Object.fromEntries(stepContent(id).items.map((item) => [item.id, fc.constantFrom(...RATINGS)])), { requiredKeys: [] }),
    ]),
  ),
  { requiredKeys: [] },
);
const roomArb = fc.record({
  participants: fc.array(
    fc.record({ id: fc.uuid(), name: nonEmpty(200), team: trimmed(300), fileName: fc.string({ maxLength: 255 }), ratings: roomRatingsArb }),
    { maxLength: 4 },
  ),
  consensus: roomRatingsArb,
});

/** Any valid assessment: generated, then in the canonical form the app itself would save. */
const stateArb: fc.Arbitrary<PersistedState> = fc
  .record({
    mode: fc.constantFrom(null, 'quick', 'full'),
    profile: fc.option(profileArb, { nil: null }),
    steps: stepsArb,
    completed: fc.subarray([...STAGE_IDS]),
    drafts: draftsArb,
    plan: planArb,
    room: roomArb,
    view: fc.oneof(
      fc.constant({ name: 'room' as const }),
      fc.constant({ name: 'start' as const }),
      fc.constant({ name: 'review' as const }),
      fc.constant({ name: 'results' as const }),
      fc.constant({ name: 'plan' as const }),
      fc.record({ name: fc.constant('stage' as const), stage: fc.constantFrom(...STAGE_IDS) }),
    ),
  })
  .map((s) => sanitizePersistedState(JSON.parse(JSON.stringify(s))));

test('for any valid assessment, opening a saved copy gives back exactly that assessment', () => {
  fc.assert(
    fc.property(stateArb, (state) => {
      expect(parsePlanFile(serializePlanFile(state, NOW))).toEqual({ ok: true, state, version: PERSIST_VERSION });
    }),
    { numRuns: 200 },
  );
});

test('for any JSON value or string, opening it never throws and only succeeds with valid answers', () => {
  const anyInput = fc.oneof(
    fc.string(),
    fc.jsonValue().map((v) => JSON.stringify(v)),
    // Values inside a real envelope, so the schema checks are reached, not only the envelope checks.
    fc.jsonValue().map((v) => JSON.stringify({ app: PLAN_FILE_APP, schemaVersion: PERSIST_VERSION, state: v })),
    fc.jsonValue().map((v) => JSON.stringify({ app: PLAN_FILE_APP, schemaVersion: PERSIST_VERSION, state: { ...validState(), steps: v } })),
    fc.uint8Array({ maxLength: 64 }),
  );
  fc.assert(
    fc.property(anyInput, (input) => {
      const result = parsePlanFile(input);
      if (result.ok) expect(sanitizePersistedState(result.state)).toEqual(result.state);
      else expect(result.message.length).toBeGreaterThan(10);
    }),
    { numRuns: 500 },
  );
});

test('opening any invalid file leaves the current answers untouched', async () => {
  useAppStore.getState().replacePersisted(validState());
  const before = partialize(useAppStore.getState());
  await fc.assert(
    fc.asyncProperty(fc.oneof(fc.string(), fc.jsonValue().map((v) => JSON.stringify(v))), async (text) => {
      fc.pre(!parsePlanFile(text).ok);
      await chooseFile(new File([text], 'plan.json', { type: 'application/json' }));
      expect(partialize(useAppStore.getState())).toEqual(before);
    }),
    { numRuns: 100 },
  );
});

test('object prototypes stay clean whatever keys a file holds', () => {
  const key = fc.constantFrom('__proto__', 'constructor', 'prototype', 'polluted', 'toString', 'ratings');
  const hostile = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small' },
      fc.jsonValue({ maxDepth: 1 }),
      fc.array(tie('node'), { maxLength: 3 }),
      fc.array(fc.tuple(key, tie('node')), { maxLength: 4 }).map((entries) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${typeof v === 'string' && v.startsWith('{') ? v : JSON.stringify(v)}`).join(',')}}`),
    ),
  })).node;
  fc.assert(
    fc.property(hostile, (node) => {
      const inner = typeof node === 'string' && node.startsWith('{') ? node : JSON.stringify(node);
      const text = `{"__proto__":${inner},"app":"${PLAN_FILE_APP}","schemaVersion":${PERSIST_VERSION},"state":{"__proto__":${inner},"drafts":{"needs":${inner}},"constructor":${inner}}}`;
      parsePlanFile(text);
      expect(Object.prototype).not.toHaveProperty('polluted');
      expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
      expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('ratings');
      expect(Array.prototype).not.toHaveProperty('polluted');
    }),
    { numRuns: 300 },
  );
});
