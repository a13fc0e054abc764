import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, beforeEach, expect, test, vi } from 'vitest';
import { loadRoom } from '../../../app/lazy-screens';
import { ratingLabel } from '../../../content/levels';
import { stepEntries } from '../../../stages/stage-list';
import { combineRoom } from '../../../scoring/room-combine';
import { sampleParticipantFiles, sampleParticipantState } from './sample-room';
import { ratingsFromSteps } from '../../../scoring/room-combine';
import type { RatingsByStep } from '../../../scoring/readiness';
import { partialize, useAppStore } from '../../../store/app-store';
import { useRoomFlow } from '../../../store/room-flow';
import { clearIntake } from './room-intake';
import { validState } from '../../../../tests/fixtures/plan-state';
import { renderApp, resetStore, type User } from '../../../../tests/support/test-utils';

/** Every readiness item of the seven steps (the count changes when content is revised). */
const ITEM_COUNT = stepEntries().reduce((sum, { content }) => sum + content.items.length, 0);

// The room renders every item with its radios; on a busy machine a test can take several seconds.
vi.setConfig({ testTimeout: 20_000 });

// Load the room's chunk first, as tests/setup.ts does for the other screens: the first test would otherwise
// wait on a suspended render that act() never retries.
beforeAll(() => loadRoom());
beforeEach(() => {
  resetStore();
  clearIntake();
  useRoomFlow.setState({ pendingRoom: null, pendingTeamPlan: false, error: null, undo: null });
});

const jsonFile = (name: string, text: string | Uint8Array<ArrayBuffer>) => new File([text], name, { type: 'application/json' });
const participantFiles = (count: number) => sampleParticipantFiles(count).map((f) => jsonFile(f.fileName, f.text));

async function openRoom(user: User) {
  await user.click(screen.getByRole('button', { name: 'Workshop room: individual, then team' }));
  return screen.findByRole('heading', { level: 1, name: 'Workshop room: individual, then team' });
}

async function addFiles(user: User, files: File[]) {
  await user.upload(screen.getByLabelText('Plan files saved by participants'), files);
}

const participantsTable = () => screen.getByRole('table', { name: /^Participants \(\d+\)$/ });

test('valid files load as participants, shown by their own name with organisation and group', async () => {
  const { user } = renderApp();
  await openRoom(user);
  await addFiles(user, participantFiles(3));
  expect(await screen.findByText('Added 3 participants.')).toBeInTheDocument();
  const rows = within(participantsTable()).getAllByRole('row');
  expect(rows).toHaveLength(4);
  expect(within(rows[1]!).getByRole('rowheader')).toHaveTextContent('Participant 1');
  expect(within(rows[1]!).getByText('Lincoln High School 1')).toBeInTheDocument();
  expect(within(rows[1]!).getByText('Table 1')).toBeInTheDocument();
  expect(within(rows[1]!).getByText('participant-01.json')).toBeInTheDocument();
  // Only who they are and their ratings are kept.
  expect(Object.keys(useAppStore.getState().room.participants[0]!).sort()).toEqual([
    'contentHash', 'fileName', 'group', 'id', 'name', 'organisation', 'participantId', 'ratings', 'team',
  ]);
});

test('invalid files are listed with their reason and change nothing', async () => {
  const { user } = renderApp();
  await openRoom(user);
  await addFiles(user, [jsonFile('notes.json', 'hello'), jsonFile('empty.json', ''), jsonFile('picture.json', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2]))]);
  expect(await screen.findByText('Added 0 participants. 3 files were not added; see why below.')).toBeInTheDocument();
  const list = screen.getByRole('heading', { name: 'Files not added (3)' }).parentElement!;
  expect(within(list).getByText(/not valid JSON/)).toHaveTextContent('notes.json');
  expect(within(list).getByText(/This file is empty/)).toHaveTextContent('empty.json');
  expect(within(list).getByText(/This file is an image/)).toHaveTextContent('picture.json');
  expect(screen.getByText('No participants yet. Add their files above.')).toBeInTheDocument();
  expect(useAppStore.getState().room.participants).toEqual([]);
});

test('a mix: the bad file is listed, the good ones still load, a repeated file is noticed, and notes stay across batches', async () => {
  const { user } = renderApp();
  await openRoom(user);
  const longName = `${'very-long-name-'.repeat(30)}.json`;
  await addFiles(user, [...participantFiles(2), jsonFile(longName, '{"app":"another-app"}')]);
  expect(await screen.findByText('Added 2 participants. 1 file was not added; see why below.')).toBeInTheDocument();
  expect(screen.getByText(/made by another app/)).toBeInTheDocument();
  expect(within(participantsTable()).getAllByRole('row')).toHaveLength(3);

  // The same file under another name is still the same file.
  const [first] = sampleParticipantFiles(1);
  await addFiles(user, [jsonFile('renamed.json', first!.text)]);
  expect(await screen.findByText(/This same file is already in the room \(as Participant 1\)/)).toHaveTextContent('renamed.json');
  // The first batch's note is still listed, until dismissed.
  expect(screen.getByRole('heading', { name: 'Files not added (2)' })).toBeInTheDocument();
  expect(screen.getByText(/made by another app/)).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: `Dismiss the note about ${longName.slice(0, 255)}` }));
  expect(screen.getByRole('heading', { name: 'Files not added (1)' })).toHaveFocus();
  expect(within(participantsTable()).getAllByRole('row')).toHaveLength(3);

  await user.click(screen.getByRole('button', { name: 'Remove Participant 1 (participant-01.json)' }));
  expect(within(participantsTable()).getAllByRole('row')).toHaveLength(2);
  // Focus moves to the next row's Remove button, and the removal is announced.
  await waitFor(() => expect(screen.getByRole('button', { name: 'Remove Participant 2 (participant-02.json)' })).toHaveFocus());
  expect(screen.getByText('Removed Participant 1 (participant-01.json).')).toBeInTheDocument();
});

test('the spread of each item, its lowest and highest level, and the most disputed items are shown', async () => {
  const { user } = renderApp();
  await openRoom(user);
  await addFiles(user, participantFiles(4));
  await screen.findByText('Added 4 participants.');

  const expected = combineRoom([0, 1, 2, 3].map((i) => ({ ratings: ratingsFromSteps(sampleParticipantState(i).steps as RatingsByStep) })));
  const item = expected.items[0]!;
  const spread = screen.getByRole('list', { name: 'Ratings of item 1.1' });
  for (const level of ['early', 'developing', 'prepared', 'model'] as const) {
    expect(within(spread).getByText(ratingLabel(level)).closest('li')).toHaveTextContent(`${ratingLabel(level)} ${item.counts[level]}`);
  }
  expect(within(spread).getByText('Not sure yet').closest('li')).toHaveTextContent(`Not sure yet ${item.notSure}`);
  const itemCard = spread.closest('li')!;
  expect(within(itemCard).getByText(/^Range:/)).toHaveTextContent(
    `Range: ${ratingLabel(item.lowest!)}–${ratingLabel(item.highest!)}, ${item.distance} levels apart.`,
  );

  const disputed = screen.getByRole('heading', { name: 'Most disputed items' }).closest('section')!;
  const ranked = within(disputed).getAllByRole('listitem').filter((li) => li.closest('ol'));
  expect(ranked.map((li) => li.querySelector('strong')?.textContent)).toEqual(expected.mostDisputed.slice(0, 5).map((i) => i.itemNumber));
  expect(within(disputed).getByText(/distance in levels between the lowest and the highest rating/)).toBeInTheDocument();
});

/** Everything the facilitator's own plan is made of, as saved: the room aside. */
const ownAnswers = () => JSON.stringify({ ...partialize(useAppStore.getState()), room: null, view: null });

async function agreeOnStepOne(user: User, level = 'Prepared') {
  for (const number of ['1.1', '1.2', '1.3', '1.4']) {
    const group = screen.getByRole('group', { name: new RegExp(`^Consensus for item ${number.replace('.', '\\.')}:`) });
    await user.click(within(group).getByLabelText(level));
  }
}

test('the facilitator’s answers stay byte for byte the same through opening files, consensus and reset', async () => {
  useAppStore.getState().replacePersisted({ ...validState(), view: { name: 'start' } });
  const before = ownAnswers();
  const { user } = renderApp();
  await openRoom(user);
  await addFiles(user, participantFiles(3));
  await screen.findByText('Added 3 participants.');
  await agreeOnStepOne(user);
  expect(screen.getByText(new RegExp(`4 of ${ITEM_COUNT} items have a consensus`))).toBeInTheDocument();
  expect(useAppStore.getState().room.consensus.needs).toEqual({
    currentVsVision: 'prepared', resourceInventory: 'prepared', assetsAndBarriers: 'prepared', addedValue: 'prepared',
  });
  expect(ownAnswers()).toBe(before);

  await user.click(screen.getByRole('button', { name: 'Reset for the next group' }));
  await user.click(screen.getByRole('button', { name: 'Cancel' }));
  expect(useAppStore.getState().room.participants).toHaveLength(3);
  await user.click(screen.getByRole('button', { name: 'Reset for the next group' }));
  await user.click(screen.getByRole('button', { name: 'Reset without saving' }));
  expect(useAppStore.getState().room.participants).toEqual([]);
  expect(useAppStore.getState().room.consensus).toEqual({});
  expect(useAppStore.getState().view).toEqual({ name: 'room' });
  expect(ownAnswers()).toBe(before);
  // The reset can be undone.
  expect(await screen.findByRole('heading', { name: 'Ready for the next group' })).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Undo' }));
  expect(useAppStore.getState().room.participants).toHaveLength(3);
  expect(ownAnswers()).toBe(before);
});

test('the consensus becomes a team plan only when asked; replacing a plan asks first and can be undone', async () => {
  useAppStore.getState().replacePersisted({ ...validState(), view: { name: 'start' } });
  const before = ownAnswers();
  const { user } = renderApp();
  await openRoom(user);
  const useAsPlan = screen.getByRole('button', { name: 'Use these consensus ratings as a team plan' });
  expect(useAsPlan).toHaveAttribute('aria-disabled', 'true');
  await agreeOnStepOne(user, 'Model');
  expect(screen.getByText(/1 step has a consensus for every item/)).toBeInTheDocument();

  await user.click(useAsPlan);
  const dialog = await screen.findByRole('dialog', { name: 'Replace the answers in this browser?' });
  await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
  expect(ownAnswers()).toBe(before);

  await user.click(useAsPlan);
  await user.click(await screen.findByRole('button', { name: 'Replace with the team plan' }));
  const state = useAppStore.getState();
  expect(state.mode).toBe('quick');
  expect(state.profile).toBeNull();
  expect(state.completed).toEqual(['needs']);
  expect(state.steps.needs?.ratings?.currentVsVision).toEqual({ level: 'model', notes: '' });
  expect(state.room.consensus.needs?.currentVsVision).toBe('model');
  expect(await screen.findByText('The consensus ratings are now the team plan in this browser.')).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Undo' }));
  expect(ownAnswers()).toBe(before);
  expect(useAppStore.getState().room.consensus.needs?.currentVsVision).toBe('model');
});

test('with no plan yet, the consensus starts one without asking, and the results show it', async () => {
  const { user } = renderApp();
  await openRoom(user);
  await agreeOnStepOne(user, 'Prepared');
  await user.click(screen.getByRole('button', { name: 'Use these consensus ratings as a team plan' }));
  await user.click(await screen.findByRole('button', { name: 'See the team’s results' }));
  await screen.findByRole('heading', { level: 1, name: 'Your readiness results' });
  expect(useAppStore.getState().steps.needs?.ratings?.addedValue).toEqual({ level: 'prepared', notes: '' });
});

test('the room has a way back to where the facilitator came from', async () => {
  const { user } = renderApp();
  await openRoom(user);
  await user.click(screen.getByRole('button', { name: '← Back to the start page' }));
  expect(await screen.findByRole('button', { name: 'Workshop room: individual, then team' })).toBeInTheDocument();
  expect(useAppStore.getState().view).toEqual({ name: 'start' });
});
