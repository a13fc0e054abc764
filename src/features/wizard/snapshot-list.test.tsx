import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test } from 'vitest';
import { validState } from '../../../tests/fixtures/plan-state';
import { setLocale } from '../../i18n/i18n';
import { useAppStore } from '../../store/app-store';
import { PLAN_FILE_APP, serializePlanFile } from '../../store/plan-file';
import { takeSnapshot } from '../../store/take-snapshot';
import { SnapshotList } from './snapshot-list';

const state = validState({ view: { name: 'start' } });
const first = takeSnapshot(state, new Date('2026-06-01T09:00:00'), 'snap-1');
const second = takeSnapshot({ ...state, steps: { ...state.steps, needs: {} } }, new Date('2026-06-01T15:30:00'), 'snap-2');
const file = (text: string, name = 'old.json') => new File([text], name, { type: 'application/json' });

beforeEach(async () => {
  await setLocale('en');
  useAppStore.getState().replacePersisted({ ...state, snapshots: [first, second], baseline: { snapshotId: 'snap-1', snapshot: first } });
});

test('two snapshots of one day are both listed, told apart by their time, newest first', () => {
  render(<SnapshotList />);
  const items = within(screen.getByRole('list', { name: 'Snapshots' })).getAllByRole('listitem');
  expect(items).toHaveLength(2);
  expect(within(items[0]!).getByRole('heading', { level: 3 }).textContent).toMatch(/June 1, 2026, 3:30/);
  expect(within(items[1]!).getByRole('heading', { level: 3 }).textContent).toMatch(/June 1, 2026, 9:00/);
});

test('deleting the baseline’s snapshot warns first, and the reassessment keeps its copy', async () => {
  const user = userEvent.setup();
  render(<SnapshotList />);
  await user.click(screen.getByRole('button', { name: /^Delete the snapshot of June 1, 2026, 9:00/ }));
  const dialog = screen.getByRole('dialog');
  expect(dialog).toHaveTextContent('Your current reassessment is based on this snapshot. It keeps its own copy');
  await user.click(within(dialog).getByRole('button', { name: 'Delete the snapshot' }));
  expect(useAppStore.getState().snapshots.map((s) => s.id)).toEqual(['snap-2']);
  expect(useAppStore.getState().baseline?.snapshot.id).toBe('snap-1');
  expect(screen.getByRole('status')).toHaveTextContent('was deleted');
});

test('a plan file from a newer version of the app is refused with its reason, and nothing changes', async () => {
  const user = userEvent.setup({ applyAccept: false });
  render(<SnapshotList />);
  const before = useAppStore.getState().steps;
  const newer = JSON.stringify({ app: PLAN_FILE_APP, schemaVersion: 99, exportedAt: '2030-01-01T00:00:00Z', state: {} });
  await user.upload(screen.getByLabelText('Start a reassessment from a plan file'), file(newer));
  expect(await screen.findByRole('alert')).toHaveTextContent(/newer version/i);
  expect(screen.getByLabelText('Start a reassessment from a plan file')).toHaveAccessibleDescription(/newer version/i);
  expect(useAppStore.getState().steps).toBe(before);
});

test('a plan file without ratings is refused: there is nothing to compare against', async () => {
  const user = userEvent.setup({ applyAccept: false });
  render(<SnapshotList />);
  const empty = serializePlanFile({ ...state, steps: {}, completed: ['profile'], snapshots: [] }, new Date());
  await user.upload(screen.getByLabelText('Start a reassessment from a plan file'), file(empty));
  expect(await screen.findByRole('alert')).toHaveTextContent('holds no ratings');
});

test('a plan file from another school asks first, naming both', async () => {
  const user = userEvent.setup({ applyAccept: false });
  render(<SnapshotList />);
  const other = serializePlanFile({ ...state, profile: { ...state.profile!, orgName: 'Roosevelt Elementary' }, snapshots: [] }, new Date());
  await user.upload(screen.getByLabelText('Start a reassessment from a plan file'), file(other, 'roosevelt.json'));
  const dialog = await screen.findByRole('dialog', { name: 'Start a reassessment against “roosevelt.json”?' });
  expect(dialog).toHaveTextContent('The snapshot is for “Roosevelt Elementary”, but your current answers are for “Lincoln High School”.');
  await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
  expect(useAppStore.getState().baseline?.snapshotId).toBe('snap-1');
});
