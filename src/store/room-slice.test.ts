import { beforeEach, expect, test } from 'vitest';
import { resetStore } from '../../tests/support/test-utils';
import { stepContent } from '../stages/stage-list';
import { useAppStore } from './app-store';

beforeEach(resetStore);

const itemIds = stepContent('needs').items.map((item) => item.id);

test('a consensus also updates an unsent draft of its step, so sending the draft cannot undo it', () => {
  const draftRatings = Object.fromEntries(itemIds.map((id) => [id, { level: 'early', notes: `typed for ${id}` }]));
  useAppStore.getState().saveDraft('needs', { ratings: draftRatings, assets: 'a half-typed answer' });
  for (const id of itemIds) useAppStore.getState().setConsensus('needs', id, 'prepared', itemIds);

  const { drafts, steps } = useAppStore.getState();
  const draft = drafts.needs as { ratings: Record<string, { level: string; notes: string }>; assets: string };
  for (const id of itemIds) {
    expect(steps.needs?.ratings?.[id as keyof typeof steps.needs.ratings]).toMatchObject({ level: 'prepared' });
    expect(draft.ratings[id]).toEqual({ level: 'prepared', notes: `typed for ${id}` });
  }
  expect(draft.assets).toBe('a half-typed answer');
});
