import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, beforeEach, expect, test, vi } from 'vitest';
import { loadRoom } from '../../../app/lazy-screens';
import { ratingLabel } from '../../../content/levels';
import { combineRoom } from '../../../scoring/room-combine';
import { sampleParticipantFiles, sampleParticipantState } from './sample-room';
import { ratingsFromSteps } from '../../../scoring/room-combine';
import type { RatingsByStep } from '../../../scoring/readiness';
import { useAppStore } from '../../../store/app-store';
import { validState } from '../../../../tests/fixtures/plan-state';
import { renderApp, resetStore, type User } from '../../../../tests/support/test-utils';

// The room renders every item with its radios; on a busy machine a test can take several seconds.
vi.setConfig({ testTimeout: 20_000 });

// Load the room's chunk first, as tests/setup.ts does for the other screens: the first test would otherwise
// wait on a suspended render that act() never retries.
beforeAll(() => loadRoom());
beforeEach(resetStore);

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

test('valid files load as participants, named from their profile', async () => {
  const { user } = renderApp();
  await openRoom(user);
  await addFiles(user, participantFiles(3));
  expect(await screen.findByText('Added 3 participants.')).toBeInTheDocument();
  const rows = within(participantsTable()).getAllByRole('row');
  expect(rows).toHaveLength(4);
  expect(within(rows[1]!).getByRole('rowheader')).toHaveTextContent('Lincoln High School 1');
  expect(within(rows[1]!).getByText('participant-01.json')).toBeInTheDocument();
  // Only names and ratings are kept.
  expect(Object.keys(useAppStore.getState().room.participants[0]!).sort()).toEqual(['fileName', 'id', 'name', 'ratings', 'team']);
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

test('a mix: the bad file is listed, the good ones still load, and a repeated file name is noticed', async () => {
  const { user } = renderApp();
  await openRoom(user);
  const longName = `${'very-long-name-'.repeat(30)}.json`;
  await addFiles(user, [...participantFiles(2), jsonFile(longName, '{"app":"another-app"}')]);
  expect(await screen.findByText('Added 2 participants. 1 file was not added; see why below.')).toBeInTheDocument();
  expect(screen.getByText(/made by another app/)).toBeInTheDocument();
  expect(within(participantsTable()).getAllByRole('row')).toHaveLength(3);

  await addFiles(user, participantFiles(1));
  expect(await screen.findByText(/already in the room/)).toHaveTextContent('participant-01.json');
  expect(within(participantsTable()).getAllByRole('row')).toHaveLength(3);

  await user.click(screen.getByRole('button', { name: 'Remove Lincoln High School 1 (participant-01.json)' }));
  expect(within(participantsTable()).getAllByRole('row')).toHaveLength(2);
  // Focus moves to the next row's Remove button, and the removal is announced.
  await waitFor(() => expect(screen.getByRole('button', { name: 'Remove Maple Elementary 2 (participant-02.json)' })).toHaveFocus());
  expect(screen.getByText('Removed Lincoln High School 1 (participant-01.json).')).toBeInTheDocument();
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

test('a consensus rating becomes the team’s answer, keeping its evidence, and shows in the results', async () => {
  const state = validState();
  useAppStore.getState().replacePersisted({
    ...state,
    steps: { ...state.steps, needs: { ratings: { ...state.steps.needs!.ratings!, currentVsVision: { level: 'developing', notes: 'Survey in spring' } } } },
    view: { name: 'start' },
  });
  const { user } = renderApp();
  await openRoom(user);
  await addFiles(user, participantFiles(2));
  await screen.findByText('Added 2 participants.');

  for (const number of ['1.1', '1.2', '1.3', '1.4']) {
    const group = screen.getByRole('group', { name: new RegExp(`^Consensus for item ${number.replace('.', '\\.')}:`) });
    await user.click(within(group).getByLabelText('Prepared'));
  }
  expect(screen.getByRole('group', { name: /^Consensus for item 1\.1: We have compared where STEM stands today/ })).toBeInTheDocument();
  expect(screen.getByText(/4 of 33 items have a consensus/)).toBeInTheDocument();
  expect(screen.getAllByText(/The consensus is the team’s answer for this step/)).toHaveLength(1);
  expect(useAppStore.getState().steps.needs?.ratings?.currentVsVision).toEqual({ level: 'prepared', notes: 'Survey in spring' });

  await user.click(screen.getByRole('button', { name: 'See the team’s results' }));
  await screen.findByRole('heading', { level: 1, name: 'Your readiness results' });
  const table = screen.getByRole('table', { name: 'Readiness by step, in figures' });
  const needsRow = within(table).getByRole('row', { name: /1\. Assess STEM-related needs/ });
  expect(within(needsRow).getByText('Prepared')).toBeInTheDocument();
});

test('a room with no answers yet writes a step once every item in it has a consensus', async () => {
  const { user } = renderApp();
  await openRoom(user);
  const group = (n: number) => screen.getByRole('group', { name: new RegExp(`^Consensus for item 1\\.${n}:`) });
  await user.click(within(group(1)).getByLabelText('Model'));
  expect(screen.getByText(/The consensus becomes the team’s answer once every item in this step has one/)).toBeInTheDocument();
  expect(useAppStore.getState().steps.needs).toBeUndefined();
  for (const n of [2, 3, 4]) await user.click(within(group(n)).getByLabelText('Not sure yet'));
  await waitFor(() => expect(useAppStore.getState().steps.needs?.ratings?.addedValue).toEqual({ level: 'unsure', notes: '' }));
  expect(useAppStore.getState().mode).toBe('quick');
});

test('reset for the next group clears answers and room after asking; Cancel keeps everything', async () => {
  useAppStore.getState().replacePersisted({ ...validState(), view: { name: 'start' } });
  const { user } = renderApp();
  await openRoom(user);
  await addFiles(user, participantFiles(2));
  await screen.findByText('Added 2 participants.');
  await user.click(screen.getByRole('button', { name: 'Reset for the next group' }));
  await user.click(screen.getByRole('button', { name: 'Cancel' }));
  expect(useAppStore.getState().room.participants).toHaveLength(2);
  await user.click(screen.getByRole('button', { name: 'Reset for the next group' }));
  await user.click(screen.getByRole('button', { name: 'Reset without saving' }));
  expect(useAppStore.getState().room.participants).toEqual([]);
  expect(useAppStore.getState().profile).toBeNull();
  expect(useAppStore.getState().view).toEqual({ name: 'room' });
  // The previous group's file list is gone from the screen, and the reset can be undone.
  expect(screen.queryByText('Added 2 participants.')).not.toBeInTheDocument();
  expect(await screen.findByRole('heading', { name: 'Ready for the next group' })).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Undo' }));
  expect(useAppStore.getState().room.participants).toHaveLength(2);
  expect(useAppStore.getState().profile).toEqual(validState().profile);
});
