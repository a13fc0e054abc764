import { expect, test } from 'vitest';
import { sampleParticipantState } from '../features/workshop/room/sample-room';
import { ANSWERS_CODE_MAX_CHARS, decodeAnswers, encodeAnswers } from './answers-code';
import { parsePlanFile } from './plan-file';

const NOW = new Date('2026-11-23T10:00:00Z');

function withNotes() {
  const state = sampleParticipantState(3);
  const needs = state.steps.needs as { ratings: Record<string, { level: string; notes: string }> };
  for (const rating of Object.values(needs.ratings)) rating.notes = 'Private evidence notes';
  state.plan.actions = [];
  return state;
}

test('a code carries who the participant is and their ratings, and opens like their file', async () => {
  const state = withNotes();
  const code = await encodeAnswers(state, NOW);
  expect(code).toMatch(/^STL1\.[dj]\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
  const decoded = await decodeAnswers(code);
  expect(decoded.ok).toBe(true);
  if (!decoded.ok) return;
  const parsed = parsePlanFile(decoded.bytes);
  expect(parsed.ok).toBe(true);
  if (!parsed.ok) return;
  expect(parsed.state.participantId).toBe(state.participantId);
  expect(parsed.state.profile?.participantName).toBe('Participant 4');
  const levels = (s: typeof state) =>
    Object.fromEntries(Object.entries(s.steps).map(([id, step]) => [id, Object.entries((step as { ratings: Record<string, { level: string }> }).ratings).map(([item, r]) => [item, r.level])]));
  expect(levels(parsed.state)).toEqual(levels(state));
  // Nothing the room does not keep: no notes.
  expect(new TextDecoder().decode(decoded.bytes)).not.toContain('Private evidence notes');
});

test('a code survives the spaces and line breaks a chat or an email adds', async () => {
  const code = await encodeAnswers(sampleParticipantState(1), NOW);
  const wrapped = `  ${code.match(/.{1,40}/g)!.join('\n')}\n`;
  expect((await decodeAnswers(wrapped)).ok).toBe(true);
});

test('a damaged, cut, foreign, newer, empty or huge code says what is wrong', async () => {
  const code = await encodeAnswers(sampleParticipantState(2), NOW);
  const middle = Math.floor(code.length / 2);
  const changed = code.slice(0, middle) + (code[middle] === 'A' ? 'B' : 'A') + code.slice(middle + 1);
  expect(await decodeAnswers(changed)).toEqual({ ok: false, problem: 'damaged' });
  expect(await decodeAnswers(code.slice(0, -20))).toEqual({ ok: false, problem: 'damaged' });
  expect(await decodeAnswers('{"app":"stem-teacher-leadership-planner"}')).toEqual({ ok: false, problem: 'notCode' });
  expect(await decodeAnswers(code.replace(/^STL1/, 'STL2'))).toEqual({ ok: false, problem: 'newer', version: 2 });
  expect(await decodeAnswers('   \n')).toEqual({ ok: false, problem: 'empty' });
  expect(await decodeAnswers('STL1.' + 'a'.repeat(ANSWERS_CODE_MAX_CHARS))).toEqual({ ok: false, problem: 'tooLong' });
});
