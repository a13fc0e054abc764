import { expect, test } from 'vitest';
import { STEP_IDS, stepContent } from '../stages/stage-list';
import type { ParticipantRatings } from '../store/room-slice';
import { combineRoom, consensusReadiness, rangeLabel, spreadOf } from './room-combine';

const allRated = (level: 'early' | 'developing' | 'prepared' | 'model' | 'unsure'): ParticipantRatings =>
  Object.fromEntries(STEP_IDS.map((id) => [id, Object.fromEntries(stepContent(id).items.map((i) => [i.id, level]))]));

const ITEM_COUNT = STEP_IDS.reduce((n, id) => n + stepContent(id).items.length, 0);

test('no participants: every item is unanswered by nobody, nothing is disputed', () => {
  const room = combineRoom([]);
  expect(room.participantCount).toBe(0);
  expect(room.items).toHaveLength(ITEM_COUNT);
  expect(room.items.every((i) => i.distance === 0 && i.lowest === null && i.notAnswered === 0)).toBe(true);
  expect(room.mostDisputed).toEqual([]);
  expect(room.steps.every((s) => s.notJudged === 0 && s.lowest === null)).toBe(true);
});

test('one participant: lowest and highest are their rating, with no disagreement', () => {
  const room = combineRoom([{ ratings: allRated('prepared') }]);
  expect(room.items[0]).toMatchObject({ lowest: 'prepared', highest: 'prepared', distance: 0, evenness: 0 });
  expect(room.items[0]!.counts).toEqual({ early: 0, developing: 0, prepared: 1, model: 0 });
  expect(room.mostDisputed).toEqual([]);
  expect(room.steps[0]).toMatchObject({ counts: { early: 0, developing: 0, prepared: 1, model: 0 }, notJudged: 0 });
});

test('all “Not sure yet”: counted, but no levels, no distance, and steps are not judged', () => {
  const room = combineRoom([{ ratings: allRated('unsure') }, { ratings: allRated('unsure') }]);
  expect(room.items[0]).toMatchObject({ notSure: 2, lowest: null, highest: null, distance: 0 });
  expect(rangeLabel(room.items[0]!)).toBe('No levels');
  expect(room.steps[0]).toMatchObject({ notJudged: 2, lowest: null });
});

test('unanswered items are counted as not answered', () => {
  const room = combineRoom([{ ratings: { needs: { currentVsVision: 'model' } } }, { ratings: {} }]);
  const item = room.items.find((i) => i.itemId === 'currentVsVision')!;
  expect(item).toMatchObject({ notAnswered: 1, lowest: 'model', highest: 'model', distance: 0 });
  expect(room.items.find((i) => i.itemId === 'addedValue')).toMatchObject({ notAnswered: 2 });
  // One of four items rated is under half: the step is not judged for either participant.
  expect(room.steps[0]).toMatchObject({ notJudged: 2 });
});

test('items are ranked by distance, then by how evenly the ratings split', () => {
  const room = combineRoom([
    { ratings: { needs: { currentVsVision: 'early', resourceInventory: 'early', assetsAndBarriers: 'early', addedValue: 'early' } } },
    { ratings: { needs: { currentVsVision: 'model', resourceInventory: 'developing', assetsAndBarriers: 'early', addedValue: 'developing' } } },
    { ratings: { needs: { currentVsVision: 'early', resourceInventory: 'prepared', assetsAndBarriers: 'early', addedValue: 'early' } } },
  ]);
  expect(room.mostDisputed.map((i) => i.itemId)).toEqual(['currentVsVision', 'resourceInventory', 'addedValue']);
  // resourceInventory (Early, Developing, Prepared) splits more evenly than addedValue but is also further apart.
  expect(room.mostDisputed.map((i) => i.distance)).toEqual([3, 2, 1]);
  const tie = combineRoom([
    { ratings: { needs: { currentVsVision: 'early', resourceInventory: 'early' } } },
    { ratings: { needs: { currentVsVision: 'early', resourceInventory: 'developing' } } },
    { ratings: { needs: { currentVsVision: 'developing', resourceInventory: 'developing' } } },
    { ratings: { needs: { currentVsVision: 'early', resourceInventory: 'unsure' } } },
  ]);
  // Same distance (1); resourceInventory splits 1–2 of 3 rated, currentVsVision 3–1 of 4: resourceInventory first.
  expect(tie.mostDisputed.map((i) => i.itemId)).toEqual(['resourceInventory', 'currentVsVision']);
});

test('spreadOf counts each kind of answer', () => {
  expect(spreadOf(['early', 'model', 'unsure', undefined, 'model'])).toEqual({
    counts: { early: 1, developing: 0, prepared: 0, model: 2 },
    notSure: 1,
    notAnswered: 1,
    lowest: 'early',
    highest: 'model',
    distance: 3,
    evenness: 1 - 2 / 3,
  });
});

test('consensus readiness counts agreed items and rolls up with the results’ rule', () => {
  expect(consensusReadiness({})).toMatchObject({ agreedCount: 0, itemCount: ITEM_COUNT, overall: null });
  const all = consensusReadiness(allRated('prepared'));
  expect(all).toMatchObject({ agreedCount: ITEM_COUNT, overall: 'prepared' });
});
