import { beforeEach, expect, test } from 'vitest';
import { resetStore } from '../../tests/support/test-utils';
import { stepContent } from '../stages/stage-list';
import { partialize, useAppStore } from './app-store';

beforeEach(resetStore);

const itemIds = stepContent('needs').items.map((item) => item.id);

test('a consensus is kept in the room only: the plan and its drafts are untouched', () => {
  const draftRatings = Object.fromEntries(itemIds.map((id) => [id, { level: 'early', notes: `typed for ${id}` }]));
  useAppStore.getState().saveDraft('needs', { ratings: draftRatings, assets: 'a half-typed answer' });
  const before = JSON.stringify({ ...partialize(useAppStore.getState()), room: null });
  for (const id of itemIds) useAppStore.getState().setConsensus('needs', id, 'prepared');

  const after = useAppStore.getState();
  expect(JSON.stringify({ ...partialize(after), room: null })).toBe(before);
  expect(after.room.consensus.needs).toEqual(Object.fromEntries(itemIds.map((id) => [id, 'prepared'])));
});
