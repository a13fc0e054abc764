import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { validState } from '../../../../tests/fixtures/plan-state';
import { stepContent } from '../../../stages/stage-list';
import { serializePlanFile } from '../../../store/plan-file';
import { RoomBaseline } from './room-baseline';

const needsItems = stepContent('needs').items.map((i) => i.id);
// The group now agrees every item of step 1 is Prepared; the rest is not yet agreed.
const consensus = { needs: Object.fromEntries(needsItems.map((id) => [id, 'prepared' as const])) };
const baselineFile = () =>
  new File([serializePlanFile(validState({ snapshots: [] }), new Date('2025-11-20T10:00:00Z'))], 'last-year.json', { type: 'application/json' });

test('a baseline file shows the group’s earlier levels beside the consensus, changing nothing in the room', async () => {
  const user = userEvent.setup({ applyAccept: false });
  render(<RoomBaseline consensus={consensus} />);
  await user.upload(screen.getByLabelText('Baseline plan file'), baselineFile());
  const table = await screen.findByRole('table', { name: 'Baseline and consensus level of each step' });
  const needsRow = within(table).getByRole('row', { name: /1\. Assess STEM-related needs/ });
  expect(needsRow).toHaveTextContent('DevelopingPreparedMoved up');
  expect(screen.getByText(/Baseline: Lincoln High School, November 23, 2026\./)).toHaveTextContent(
    `${needsItems.length} items have a different level in the consensus than in the baseline.`,
  );
});

test('a file that is not a plan is refused with its reason', async () => {
  const user = userEvent.setup({ applyAccept: false });
  render(<RoomBaseline consensus={consensus} />);
  await user.upload(screen.getByLabelText('Baseline plan file'), new File(['{"hello": 1}'], 'x.json', { type: 'application/json' }));
  expect(await screen.findByRole('alert')).toBeInTheDocument();
  expect(screen.queryByRole('table')).toBeNull();
});
