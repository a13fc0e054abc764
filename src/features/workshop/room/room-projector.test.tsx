import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, beforeEach, expect, test, vi } from 'vitest';
import { loadRoom } from '../../../app/lazy-screens';
import { combineRoom, compareDisagreement, ratingsFromSteps } from '../../../scoring/room-combine';
import type { RatingsByStep } from '../../../scoring/readiness';
import { encodeAnswers } from '../../../store/answers-code';
import { partialize, useAppStore } from '../../../store/app-store';
import { validState } from '../../../../tests/fixtures/plan-state';
import { renderApp, resetStore } from '../../../../tests/support/test-utils';
import { clearIntake } from './room-intake';
import { sampleParticipantFiles, sampleParticipantState } from './sample-room';

vi.setConfig({ testTimeout: 20_000 });
beforeAll(() => loadRoom());
beforeEach(() => {
  resetStore();
  clearIntake();
  window.sessionStorage.clear();
});

const jsonFiles = (count: number) => sampleParticipantFiles(count).map((f) => new File([f.text], f.fileName, { type: 'application/json' }));

async function roomWithFour() {
  const utils = renderApp();
  await utils.user.click(screen.getByRole('button', { name: 'Workshop room: individual, then team' }));
  await screen.findByRole('heading', { level: 1, name: 'Workshop room: individual, then team' });
  await utils.user.upload(screen.getByLabelText('Plan files saved by participants'), jsonFiles(4));
  await screen.findByText('Added 4 participants.');
  return utils;
}

test('the projector shows one step, most disputed first, names hidden until asked, and records consensus in the room only', async () => {
  useAppStore.getState().replacePersisted({ ...validState(), view: { name: 'start' } });
  const ownPlan = JSON.stringify(partialize(useAppStore.getState()).steps);
  const { user } = await roomWithFour();
  await user.click(screen.getByRole('button', { name: 'Show the room on the projector' }));
  const summary = combineRoom([0, 1, 2, 3].map((i) => ({ ratings: ratingsFromSteps(sampleParticipantState(i).steps as RatingsByStep) })));
  const step = summary.mostDisputed[0]!.stepId;
  const heading = await screen.findByRole('heading', { level: 1 });
  expect(heading).toHaveTextContent(new RegExp(`^Step ${summary.mostDisputed[0]!.stepNumber} of 7`));
  expect(useAppStore.getState().view).toEqual({ name: 'room-present', step });

  const expectedOrder = summary.items.filter((i) => i.stepId === step).sort(compareDisagreement).map((i) => i.itemNumber);
  const charts = screen.getAllByRole('list', { name: /^How the room rated item / });
  expect(charts.map((c) => c.getAttribute('aria-label')!.replace('How the room rated item ', ''))).toEqual(expectedOrder);
  // Each level's count is written out, so the chart never depends on colour.
  expect(within(charts[0]!).getByText('Early').closest('li')).toHaveTextContent(/Early\d+ of 4/);
  expect(screen.queryByText(/Participant 1\b/)).not.toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Show names' }));
  expect(screen.getByRole('button', { name: 'Show names' })).toHaveAttribute('aria-pressed', 'true');
  expect(screen.getAllByText(/Participant 1\b/).length).toBeGreaterThan(0);

  const first = summary.items.find((i) => i.itemNumber === expectedOrder[0])!;
  const group = screen.getByRole('group', { name: new RegExp(`^Consensus for item ${first.itemNumber.replace('.', '\\.')}`) });
  await user.click(within(group).getByLabelText('Developing'));
  await user.keyboard('{ArrowDown}');
  expect(useAppStore.getState().room.consensus[step]?.[first.itemId]).toBe('prepared');
  expect(JSON.stringify(partialize(useAppStore.getState()).steps)).toBe(ownPlan);

  await user.keyboard('{Escape}');
  await screen.findByRole('heading', { level: 1, name: 'Workshop room: individual, then team' });
});

test('a most disputed item leads to its consensus choice, with focus on it', async () => {
  const { user } = await roomWithFour();
  const disputed = screen.getByRole('heading', { name: 'Most disputed items' }).closest('section')!;
  const link = within(disputed).getAllByRole('link', { name: /^Record the consensus for item / })[0]!;
  const number = link.textContent!.replace('Record the consensus for item ', '');
  await user.click(link);
  const group = screen.getByRole('group', { name: new RegExp(`^Consensus for item ${number.replace('.', '\\.')}:`) });
  expect(group).toContainElement(document.activeElement as HTMLElement);
});

test('a pasted code adds its participant like a file; a damaged code says so and changes nothing', async () => {
  const { user } = await roomWithFour();
  const box = screen.getByLabelText('Or paste a participant’s code');
  const code = await encodeAnswers(sampleParticipantState(7), new Date());
  await user.click(box);
  await user.paste(code.slice(0, -3) + 'zzz');
  await user.click(screen.getByRole('button', { name: 'Add from the code' }));
  expect(await screen.findByText(/This code is incomplete or was changed on the way/)).toBeInTheDocument();
  expect(box).toHaveAttribute('aria-invalid', 'true');
  expect(useAppStore.getState().room.participants).toHaveLength(4);

  await user.clear(box);
  await user.paste(code);
  await user.click(screen.getByRole('button', { name: 'Add from the code' }));
  await screen.findByText('Added 1 participant.');
  await waitFor(() => expect(useAppStore.getState().room.participants).toHaveLength(5));
  expect(useAppStore.getState().room.participants[4]!.name).toBe('Participant 8');

  // The same person again: the same message a file gets.
  await user.click(box);
  await user.paste(code);
  await user.click(screen.getByRole('button', { name: 'Add from the code' }));
  expect(await screen.findByText(/This same file is already in the room \(as Participant 8\)/)).toBeInTheDocument();
});
