import { expect, test } from 'vitest';
import { parsePlanFile } from '../../../store/plan-file';
import { ROOM_LIMITS } from '../../../store/room-slice';
import {
  duplicateReason,
  participantsFromFiles,
  roomFullReason,
  sameParticipantInBatchReason,
  sameRatingsReason,
  type ParticipantFile,
} from './participant-files';
import { contentHash } from './add-files';
import { sampleParticipantFiles, sampleParticipantState } from './sample-room';
import { serializePlanFile } from '../../../store/plan-file-format';
import type { PersistedState } from '../../../store/persist-keys';

const asFile = async (fileName: string, text: string): Promise<ParticipantFile> => {
  const bytes = new TextEncoder().encode(text);
  return { fileName, content: bytes, hash: await contentHash(bytes.buffer) };
};
const files = (count: number) => Promise.all(sampleParticipantFiles(count).map((f) => asFile(f.fileName, f.text)));
const fileOf = (state: PersistedState, fileName: string, at = '2026-11-23T10:00:00Z') =>
  asFile(fileName, serializePlanFile(state, new Date(at)));

test('odd files are rejected with a reason and never throw', () => {
  const odd = [
    { fileName: 'binary.json', content: new Uint8Array([0, 255, 254, 1, 2, 3]), hash: 'a' },
    { fileName: 'gone.json', content: { unreadable: 'This file could not be read.' }, hash: '' },
    { fileName: '🙂 ünïcödé ✓.json', content: '{"app":"stem-teacher-leadership-planner","schemaVersion":99,"state":{}}', hash: 'b' },
    { fileName: `${'x'.repeat(5000)}.json`, content: '[]', hash: 'c' },
    { fileName: 'room.json', content: '{"app":"stem-teacher-leadership-planner","kind":"workshop-room","roomFileVersion":1,"room":{}}', hash: 'd' },
  ];
  const { added, rejected } = participantsFromFiles(odd, [], parsePlanFile);
  expect(added).toEqual([]);
  expect(rejected.map((r) => r.reason)).toEqual([
    expect.stringMatching(/not a text file/),
    'This file could not be read.',
    expect.stringMatching(/newer version of the app/),
    expect.stringMatching(/not a plan saved by/),
    expect.stringMatching(/workshop room file, not a plan/),
  ]);
  expect(rejected[3]!.fileName.length).toBe(ROOM_LIMITS.fileName);
});

test('a plan with no ratings yet is skipped with a reason; a plan with no profile is named by its file', async () => {
  const state = sampleParticipantState(0);
  const noRatings = await fileOf({ ...state, steps: {}, completed: ['profile'] }, 'empty-plan.json');
  const noProfile = await fileOf({ ...state, participantId: null, profile: null, completed: state.completed.filter((s) => s !== 'profile') }, 'anonymous.json');
  const { added, rejected } = participantsFromFiles([noRatings, noProfile], [], parsePlanFile);
  expect(rejected).toEqual([{ fileName: 'empty-plan.json', reason: expect.stringMatching(/no readiness ratings/) }]);
  expect(added.map((p) => p.name)).toEqual(['anonymous.json']);
});

test('participants are named by their own name, with organisation and group', async () => {
  const { added } = participantsFromFiles(await files(2), [], parsePlanFile);
  expect(added.map((p) => [p.name, p.organisation, p.group])).toEqual([
    ['Participant 1', 'Lincoln High School 1', 'Table 1'],
    ['Participant 2', 'Maple Elementary 2', 'Table 2'],
  ]);
});

test('duplicates are found by content, whatever the file is called; a full room skips the rest', async () => {
  const [one, two, three] = await files(3);
  const first = participantsFromFiles([one!], [], parsePlanFile);
  const renamed = { ...two!, fileName: 'renamed.json' };
  const { added, rejected } = participantsFromFiles([{ ...one!, fileName: 'copy of participant-01.json' }, renamed, renamed, three!], first.added, parsePlanFile, 1);
  expect(added.map((p) => p.fileName)).toEqual(['renamed.json']);
  expect(rejected).toEqual([
    { fileName: 'copy of participant-01.json', reason: duplicateReason('Participant 1') },
    { fileName: 'renamed.json', reason: duplicateReason('Participant 2') },
    { fileName: 'participant-03.json', reason: roomFullReason() },
  ]);
});

test('the same participant id is the same person; the same name with another id is someone else', async () => {
  const ana = { ...sampleParticipantState(0), profile: { ...sampleParticipantState(0).profile!, participantName: 'Ana García' } };
  const otherAna = { ...ana, participantId: '11111111-2222-4333-8444-555555555555' };
  const first = participantsFromFiles([await fileOf(ana, 'a.json'), await fileOf(otherAna, 'b.json')], [], parsePlanFile);
  expect(first.added.map((p) => p.name)).toEqual(['Ana García', 'Ana García']);
  expect(new Set(first.added.map((p) => p.participantId)).size).toBe(2);

  // Re-saved later with the same ratings: nothing to replace. With changed ratings: an update to ask about.
  const resaved = await fileOf(ana, 'a-later.json', '2026-11-23T11:00:00Z');
  const changedSteps = sampleParticipantState(1).steps;
  const updated = await fileOf({ ...ana, steps: changedSteps }, 'a-updated.json', '2026-11-23T12:00:00Z');
  const second = participantsFromFiles([resaved, updated], first.added, parsePlanFile);
  expect(second.added).toEqual([]);
  expect(second.rejected).toEqual([{ fileName: 'a-later.json', reason: sameRatingsReason('Ana García') }]);
  expect(second.updates).toHaveLength(1);
  expect(second.updates[0]!.rowId).toBe(first.added[0]!.id);
  expect(second.updates[0]!.next.fileName).toBe('a-updated.json');
});

test('two files of one participant with different ratings in one batch: the first is used, the second explained', async () => {
  const state = sampleParticipantState(0);
  const a = await fileOf(state, 'first.json');
  const b = await fileOf({ ...state, steps: sampleParticipantState(2).steps }, 'second.json', '2026-11-23T12:00:00Z');
  const { added, rejected } = participantsFromFiles([a, b], [], parsePlanFile);
  expect(added.map((p) => p.fileName)).toEqual(['first.json']);
  expect(rejected).toEqual([{ fileName: 'second.json', reason: sameParticipantInBatchReason('Participant 1') }]);
});
