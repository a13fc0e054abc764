import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { validState } from '../../../../tests/fixtures/plan-state';
import { App } from '../../../app/app';
import { setLocale } from '../../../i18n/i18n';
import { useAppStore } from '../../../store/app-store';
import { takeSnapshot } from '../../../store/take-snapshot';

// Unmount before switching back: a mounted app would re-render in English outside act().
afterEach(() => {
  cleanup();
  return setLocale('en');
});

/** The baseline: every item Developing. Now: two items of step 1 at Prepared, one of step 2 at Early. */
function reassessment() {
  const before = validState({ view: { name: 'progress' } });
  const snapshot = takeSnapshot(before, new Date('2025-11-20T10:00:00Z'), 'base');
  type Ratings = Record<string, { level: 'early' | 'developing' | 'prepared' | 'model' | 'unsure'; notes: string }>;
  const needs: Ratings = { ...before.steps.needs!.ratings! };
  const [a, b] = Object.keys(needs);
  needs[a!] = { level: 'prepared', notes: '' };
  needs[b!] = { level: 'prepared', notes: '' };
  const vision: Ratings = { ...before.steps.vision!.ratings! };
  vision[Object.keys(vision)[0]!] = { level: 'early', notes: '' };
  useAppStore.getState().replacePersisted({
    ...before,
    steps: { ...before.steps, needs: { ratings: needs as never }, vision: { ratings: vision as never } },
    snapshots: [snapshot],
    baseline: { snapshotId: 'base', snapshot },
  });
}

test('the progress view pairs the levels in a chart and a table, and lists what moved, in words too', async () => {
  reassessment();
  render(<App />);
  expect(await screen.findByRole('heading', { level: 1, name: 'Progress since the baseline' })).toBeInTheDocument();
  expect(screen.getByText(/November 20, 2025/)).toBeInTheDocument();
  expect(screen.getByText(/3 items changed their rating\. 2 gaps closed and 0 new gaps\./)).toBeInTheDocument();
  expect(screen.getByRole('img', { name: 'Levels then and now' })).toBeInTheDocument();
  const table = screen.getByRole('table', { name: 'Baseline and current level of each step' });
  expect(within(table).getAllByRole('row')).toHaveLength(1 + 7 + 1);
  const moved = screen.getByRole('table', { name: 'Items that moved' });
  expect(within(moved).getAllByText('Moved up')).toHaveLength(2);
  expect(within(moved).getAllByText('Moved down')).toHaveLength(1);
});

test('in Spanish, the progress view has no English left', async () => {
  reassessment();
  await setLocale('es');
  render(<App />);
  expect(await screen.findByRole('heading', { level: 1, name: 'Progreso desde la línea de base' })).toBeInTheDocument();
  expect(screen.getByText(/3 enunciados cambiaron de calificación\. 2 brechas cerradas y 0 brechas nuevas\./)).toBeInTheDocument();
  const main = screen.getByRole('main');
  expect(main.textContent).not.toMatch(/Moved|Baseline|items changed|No change/);
});

test('without a baseline the view says how to get one', async () => {
  useAppStore.getState().replacePersisted({ ...validState({ view: { name: 'progress' } }) });
  render(<App />);
  expect(await screen.findByText(/There is no baseline yet/)).toBeInTheDocument();
});

test('a baseline from a newer edition of the steps says so, and its unknown items show as removed', async () => {
  reassessment();
  const { baseline } = useAppStore.getState();
  const snapshot = baseline!.snapshot;
  const newer = {
    ...snapshot,
    contentVersion: 99,
    items: { ...snapshot.items, needs: [...snapshot.items.needs!, 'futureItem'] },
    ratings: { ...snapshot.ratings, needs: { ...snapshot.ratings.needs!, futureItem: { level: 'model' as const, notes: '' } } },
  };
  useAppStore.setState({ baseline: { snapshotId: null, snapshot: newer } });
  render(<App />);
  expect(await screen.findByText(/newer edition of the steps \(edition 99\)/)).toBeInTheDocument();
  expect(screen.getByText('Item no longer in the steps: an item this copy of the app does not know (futureItem)')).toBeInTheDocument();
});
