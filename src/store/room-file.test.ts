import fc from 'fast-check';
import { expect, test } from 'vitest';
import { RATINGS } from '../content/levels';
import { STEP_IDS, stepContent } from '../stages/stage-list';
import { serializePlanFile } from './plan-file-format';
import { ROOM_FILE_MAX_BYTES, roomFileName, serializeRoomFile } from './room-file-format';
import { parseRoomFile } from './room-file';
import { ROOM_LIMITS, emptyRoom, type Participant, type RoomData } from './room-slice';
import { validState } from '../../tests/fixtures/plan-state';

const NOW = new Date('2026-11-23T16:05:00');
const trimmed = (max: number, unit?: fc.Arbitrary<string>) =>
  fc.string({ maxLength: max, ...(unit ? { unit } : {}) }).map((s) => s.trim());
const nonEmpty = (max: number) => trimmed(max).filter((s) => s.length > 0);

const ratingsArb = fc.record(
  Object.fromEntries(
    STEP_IDS.map((step) => [
      step,
      fc.record(Object.fromEntries(stepContent(step).items.map((item) => [item.id, fc.constantFrom(...RATINGS)])), {
        requiredKeys: [],
      }),
    ]),
  ),
  { requiredKeys: [] },
).map((ratings) => Object.fromEntries(Object.entries(ratings).filter(([, items]) => Object.keys(items ?? {}).length > 0)));

const participantArb: fc.Arbitrary<Participant> = fc.record({
  id: fc.uuid(),
  participantId: fc.option(fc.uuid(), { nil: undefined }),
  name: nonEmpty(ROOM_LIMITS.name),
  organisation: trimmed(ROOM_LIMITS.organisation),
  group: trimmed(ROOM_LIMITS.group),
  team: trimmed(ROOM_LIMITS.team),
  fileName: fc.string({ maxLength: ROOM_LIMITS.fileName }),
  contentHash: fc.stringMatching(/^[0-9a-f]{64}$/),
  ratings: ratingsArb,
}).map(({ participantId, ...rest }) => (participantId ? { ...rest, participantId } : rest));

const roomArb: fc.Arbitrary<RoomData> = fc.record({
  name: trimmed(ROOM_LIMITS.roomName),
  participants: fc.array(participantArb, { maxLength: 8 }),
  consensus: ratingsArb,
});

test('a room file opens as exactly the room that was saved', () => {
  fc.assert(
    fc.property(roomArb, (room) => {
      const result = parseRoomFile(serializeRoomFile(room, NOW));
      expect(result).toEqual({ ok: true, room });
    }),
    { numRuns: 60 },
  );
});

test.each([200, ROOM_LIMITS.participants])('%i participants with the longest non-Latin names still save and reopen', (people) => {
  const longest = (char: string, max: number) => char.repeat(max);
  const ratings = Object.fromEntries(STEP_IDS.map((s) => [s, Object.fromEntries(stepContent(s).items.map((i) => [i.id, 'developing' as const]))]));
  const room: RoomData = {
    name: longest('會', ROOM_LIMITS.roomName),
    participants: Array.from({ length: people }, (_, i) => ({
      id: `row-${i}`.padEnd(ROOM_LIMITS.id, 'x'),
      participantId: `p-${i}`.padEnd(ROOM_LIMITS.id, 'y'),
      name: longest('ก', ROOM_LIMITS.name - 4) + String(i).padStart(4, '0'),
      organisation: longest('ш', ROOM_LIMITS.organisation),
      group: longest('グ', ROOM_LIMITS.group),
      // Control characters are the widest in JSON (\u0001): the limit must hold even for them.
      team: longest('\u0001', ROOM_LIMITS.team),
      fileName: longest('ü', ROOM_LIMITS.fileName),
      contentHash: 'f'.repeat(ROOM_LIMITS.hash),
      ratings,
    })),
    consensus: ratings,
  };
  const text = serializeRoomFile(room, NOW);
  const bytes = new TextEncoder().encode(text);
  expect(bytes.byteLength).toBeLessThanOrEqual(ROOM_FILE_MAX_BYTES);
  const result = parseRoomFile(bytes);
  expect(result.ok).toBe(true);
  if (result.ok) expect(result.room).toEqual(room);
});

test('bad room files each get their own message', () => {
  const messageOf = (input: string | Uint8Array) => {
    const result = parseRoomFile(input);
    return result.ok ? 'opened' : result.message;
  };
  const envelope = (extra: object) => JSON.stringify({ app: 'stem-teacher-leadership-planner', kind: 'workshop-room', roomFileVersion: 1, exportedAt: NOW.toISOString(), room: emptyRoom(), ...extra });
  expect(messageOf(serializePlanFile(validState(), NOW))).toMatch(/participant’s plan file, not a room file/);
  expect(messageOf(envelope({ roomFileVersion: 7 }))).toMatch(/newer version of the app \(room file version 7/);
  expect(messageOf(envelope({ roomFileVersion: undefined }))).toMatch(/does not say which version/);
  expect(messageOf(envelope({ room: 'nothing' }))).toMatch(/holds no room/);
  expect(messageOf(envelope({ room: { ...emptyRoom(), participants: [{ id: 'x' }] } }))).toMatch(/not in the form the app expects \(participants\)/);
  expect(messageOf(new Uint8Array(ROOM_FILE_MAX_BYTES + 1))).toMatch(/too large to be a room file \(\d+(\.\d)? MB/);
  // 5 MB is within the limit the app's own 500-participant rooms need, so a 5 MB binary file gets the binary file's message.
  expect(messageOf(new Uint8Array(5_000_000))).toMatch(/^This file is not a plan file: it is n/);
  expect(messageOf(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1]))).toMatch(/image/);
  expect(messageOf(new Uint8Array([0, 255, 254, 1]))).toMatch(/not a text file/);
  expect(messageOf(envelope({}))).toBe('opened');
});

test('room file names are ASCII, readable and carry the time', () => {
  expect(roomFileName({ ...emptyRoom(), name: 'Grupo del martes – Peña' }, NOW)).toBe('stem-room-grupo-del-martes-pena-2026-11-23-160500.json');
  expect(roomFileName(emptyRoom(), NOW)).toBe('stem-room-2026-11-23-160500.json');
});
