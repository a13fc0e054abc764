import { describe, expect, test } from 'vitest';
import {
  PLAN_FILE_APP,
  PLAN_FILE_MAX_ARRAY_ITEMS,
  PLAN_FILE_MAX_BYTES,
  parsePlanFile,
  planFileName,
  serializePlanFile,
} from './plan-file';
import { MIGRATIONS, PERSIST_VERSION } from './persisted-state';
import { validState } from '../../tests/fixtures/plan-state';

const NOW = new Date('2026-11-23T10:00:00Z');
const saved = () => serializePlanFile(validState(), NOW);
const envelope = (state: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ app: PLAN_FILE_APP, schemaVersion: PERSIST_VERSION, exportedAt: NOW.toISOString(), state, ...extra });
const bytes = (...b: number[]) => new Uint8Array(b);

function expectRejected(input: string | Uint8Array, messagePart: RegExp) {
  const result = parsePlanFile(input);
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.message).toMatch(messagePart);
}

test('a saved file carries the app, the schema version and the export time', () => {
  const data = JSON.parse(saved());
  expect(data).toMatchObject({ app: PLAN_FILE_APP, schemaVersion: PERSIST_VERSION, exportedAt: '2026-11-23T10:00:00.000Z' });
  expect(data.state).toEqual(validState());
});

test('a saved file opens to exactly the answers that were saved', () => {
  expect(parsePlanFile(saved())).toEqual({ ok: true, state: validState(), version: PERSIST_VERSION });
  expect(parsePlanFile(new TextEncoder().encode(saved()))).toMatchObject({ ok: true, state: validState() });
});

test('a file name says whose plan it is and when it was saved, to the second', () => {
  const at = new Date(2026, 10, 23, 10, 30, 15); // local time, as the name shows it
  expect(planFileName(validState(), at)).toBe('stem-plan-lincoln-high-school-2026-11-23-103015.json');
  expect(planFileName(validState({ profile: null }), at)).toBe('stem-plan-2026-11-23-103015.json');
  const person = (participantName: string, participantId: string) =>
    validState({ profile: { ...validState().profile!, participantName }, participantId });
  expect(planFileName(person('Ana García-Núñez', 'a1b2c3d4-0000-4000-8000-000000000001'), at)).toBe(
    'ana-garcia-nunez-lincoln-high-school-2026-11-23-103015.json',
  );
  // A name with no Latin spelling: a piece of the participant id keeps two such people apart.
  const wang = planFileName(person('王芳', 'a1b2c3d4-0000-4000-8000-000000000001'), at);
  const li = planFileName(person('李娜', 'ffee0011-0000-4000-8000-000000000002'), at);
  expect(wang).toBe('participant-a1b2c3d4-lincoln-high-school-2026-11-23-103015.json');
  expect(li).not.toBe(wang);
  expect(wang).toMatch(/^[a-z0-9-]+\.json$/);
});

test('a byte-order mark before the JSON is skipped, as Windows editors add one', () => {
  expect(parsePlanFile(`\uFEFF${saved()}`)).toMatchObject({ ok: true, state: validState() });
  expect(parsePlanFile(bytes(0xef, 0xbb, 0xbf, ...new TextEncoder().encode(saved())))).toMatchObject({ ok: true });
});

describe('bad files get a specific message', () => {
  test('an empty file', () => {
    expectRejected('', /empty/);
    expectRejected('  \n', /empty/);
    expectRejected(new Uint8Array(), /empty/);
    expectRejected('\uFEFF', /empty/);
  });
  test('a file that is not JSON', () => expectRejected('name,level\nLincoln,high', /not valid JSON/));
  test('a file cut short', () => expectRejected(saved().slice(0, 200), /not valid JSON.*cut short/));
  test('a renamed PDF', () => {
    expectRejected(bytes(0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37), /PDF/);
    expectRejected('%PDF-1.7\n%âãÏÓ', /PDF/);
  });
  test('a renamed image', () => {
    expectRejected(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), /image/);
    expectRejected(bytes(0xff, 0xd8, 0xff, 0xe0), /image/);
  });
  test('a Word document or ZIP', () => expectRejected(bytes(0x50, 0x4b, 0x03, 0x04, 0x14), /document or archive/));
  test('binary that is not text', () => expectRejected(bytes(0x7b, 0xff, 0xfe, 0x00), /not a text file/));
  test('JSON that is not an object', () => {
    expectRejected('[]', /not a plan saved by/);
    expectRejected('42', /not a plan saved by/);
    expectRejected('null', /not a plan saved by/);
    expectRejected('"hello"', /not a plan saved by/);
  });
  test('a file from another app', () => {
    expectRejected(JSON.stringify({ app: 'excalidraw', version: 2, elements: [] }), /another app \(“excalidraw”\)/);
    expectRejected(JSON.stringify({ name: 'Lincoln', mode: 'quick' }), /not a plan saved by/);
  });
  test('a file from a future version', () => {
    expectRejected(envelope(validState(), { schemaVersion: PERSIST_VERSION + 1 }), /newer version of the app/);
  });
  test('a file with no version or a nonsense one', () => {
    expectRejected(envelope(validState(), { schemaVersion: undefined }), /does not say which version/);
    expectRejected(envelope(validState(), { schemaVersion: '1' }), /does not say which version/);
    expectRejected(envelope(validState(), { schemaVersion: 1.5 }), /does not say which version/);
  });
  test('a file without answers', () => {
    expectRejected(envelope(undefined), /no answers in it/);
    expectRejected(envelope([]), /no answers in it/);
  });
  test('missing fields', () => {
    const { profile: _p, completed: _c, ...rest } = validState();
    expectRejected(envelope(rest), /missing part of the answers: “profile” and “completed”/);
  });
  test('wrong types', () => {
    expectRejected(envelope({ ...validState(), mode: 'quickest' }), /not in the expected form, at “mode”/);
    expectRejected(envelope({ ...validState(), completed: 'all' }), /at “completed”/);
    const state = validState();
    const steps = { ...state.steps, needs: { ratings: { currentVsVision: { level: 7 } } } };
    expectRejected(envelope({ ...state, steps }), /at “steps › needs › ratings › currentVsVision”/);
    expectRejected(envelope({ ...state, profile: { ...state.profile, date: 'yesterday' } }), /at “profile”/);
  });
  test('a file over the size limit, by its bytes or its text', () => {
    expectRejected(new Uint8Array(PLAN_FILE_MAX_BYTES + 1), /too large/);
    expectRejected(`${saved()}${' '.repeat(PLAN_FILE_MAX_BYTES)}`, /too large/);
  });
  test('deeply nested data', () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    expectRejected(envelope({ ...validState(), drafts: { needs: 0 } }).replace('"needs":0', `"needs":${deep}`), /nested far more deeply/);
    expectRejected('['.repeat(200_000), /nested far more deeply/);
  });
  test('brackets inside strings do not count as nesting', () => {
    const drafts = { needs: { currentState: '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[{{{{{{{{{ \\" [[[[' } };
    expect(parsePlanFile(envelope(validState({ drafts })))).toMatchObject({ ok: true });
  });
  test('huge arrays', () => {
    const drafts = { needs: { methods: Array.from({ length: PLAN_FILE_MAX_ARRAY_ITEMS + 1 }, () => 'fiscal') } };
    expectRejected(envelope({ ...validState(), drafts }), /list far longer/);
  });
});

describe('prototype keys never pollute an object prototype', () => {
  test.each(['__proto__', 'constructor', 'prototype'])('%s anywhere in the file is dropped', (key) => {
    const text = envelope({ ...validState(), drafts: { needs: { [key]: { polluted: true } } } })
      .replace('"drafts":{', `"drafts":{"${key}":{"polluted":true},`)
      .replace('{"app"', `{"${key}":{"polluted":true},"app"`);
    const result = parsePlanFile(text);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    if (result.ok) {
      expect(Object.getPrototypeOf(result.state.drafts)).toBe(Object.prototype);
      expect(JSON.stringify(result.state)).not.toContain(key === 'constructor' ? '"constructor"' : key);
    }
  });
});

test('an older file is upgraded one version at a time, then checked against today’s schema', () => {
  const calls: number[] = [];
  // A made-up version 0 that called the school "organisation" and had no drafts yet.
  const { plan: _plan, ...v1 } = validState();
  const v0 = { ...v1, organisation: v1.profile, profile: undefined, drafts: undefined };
  // The made-up step 0 -> 1, followed by the app's real upgrades from version 1 onwards.
  const migrations = {
    ...MIGRATIONS,
    0: (s: Record<string, unknown>) => {
      calls.push(0);
      const { organisation, ...rest } = s;
      return { ...rest, profile: organisation, drafts: {} };
    },
  };
  const text = envelope(v0, { schemaVersion: 0 });
  expect(parsePlanFile(text, { migrations })).toEqual({ ok: true, state: validState(), version: 0 });
  expect(calls).toEqual([0]);
  expectRejected(text, /old version of the app \(file version 0\) that can no longer be upgraded/);
  const broken = { ...MIGRATIONS, 0: () => { throw new Error('boom'); } };
  const result = parsePlanFile(text, { migrations: broken });
  expect(result).toEqual({ ok: false, message: expect.stringMatching(/could not be upgraded/) });
});
