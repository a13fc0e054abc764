import { expect, test } from 'vitest';
import { parsePlanFile } from '../../../store/plan-file';
import { ROOM_LIMITS } from '../../../store/room-slice';
import { duplicateReason, participantsFromFiles, roomFullReason } from './participant-files';
import { sampleParticipantFiles, sampleParticipantState } from './sample-room';
import { serializePlanFile } from '../../../store/plan-file-format';

const files = (count: number) => sampleParticipantFiles(count).map((f) => ({ fileName: f.fileName, content: f.text }));

test('odd files are rejected with a reason and never throw', () => {
  const odd = [
    { fileName: 'binary.json', content: new Uint8Array([0, 255, 254, 1, 2, 3]) },
    { fileName: 'gone.json', content: { unreadable: 'This file could not be read.' } },
    { fileName: '🙂 ünïcödé ✓.json', content: '{"app":"stem-teacher-leadership-planner","schemaVersion":99,"state":{}}' },
    { fileName: `${'x'.repeat(5000)}.json`, content: '[]' },
  ];
  const { added, rejected } = participantsFromFiles(odd, [], parsePlanFile);
  expect(added).toEqual([]);
  expect(rejected.map((r) => r.reason)).toEqual([
    expect.stringMatching(/not a text file/),
    'This file could not be read.',
    expect.stringMatching(/newer version of the app/),
    expect.stringMatching(/not a plan saved by/),
  ]);
  expect(rejected[3]!.fileName.length).toBe(ROOM_LIMITS.fileName);
});

test('a plan with no ratings yet is skipped with a reason; a plan with no profile is named by its file', () => {
  const state = sampleParticipantState(0);
  const noRatings = serializePlanFile({ ...state, steps: {}, completed: ['profile'] }, new Date());
  const noProfile = serializePlanFile({ ...state, profile: null, completed: state.completed.filter((s) => s !== 'profile') }, new Date());
  const { added, rejected } = participantsFromFiles(
    [
      { fileName: 'empty-plan.json', content: noRatings },
      { fileName: 'anonymous.json', content: noProfile },
    ],
    [],
    parsePlanFile,
  );
  expect(rejected).toEqual([{ fileName: 'empty-plan.json', reason: expect.stringMatching(/no readiness ratings/) }]);
  expect(added.map((p) => p.name)).toEqual(['anonymous.json']);
});

test('duplicates in the room and within one batch are noticed; a full room skips the rest', () => {
  const batch = [...files(3), files(1)[0]!];
  const { added, rejected } = participantsFromFiles(batch, ['participant-02.json'], parsePlanFile, 1);
  expect(added.map((p) => p.fileName)).toEqual(['participant-01.json']);
  expect(rejected).toEqual([
    { fileName: 'participant-02.json', reason: duplicateReason() },
    { fileName: 'participant-03.json', reason: roomFullReason() },
    { fileName: 'participant-01.json', reason: duplicateReason() },
  ]);
});
