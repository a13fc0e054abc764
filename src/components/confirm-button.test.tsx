import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { ConfirmButton } from './confirm-button';

test('the question opens with Cancel focused, so Enter never confirms by accident; focus returns on Cancel', async () => {
  const user = userEvent.setup();
  const onConfirm = vi.fn();
  render(<ConfirmButton label="Start over" question="Start over?" confirmLabel="Yes, remove my answers" onConfirm={onConfirm} />);
  const trigger = screen.getByRole('button', { name: 'Start over' });
  await user.click(trigger);
  expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
  await user.keyboard('{Enter}');
  expect(onConfirm).not.toHaveBeenCalled();
  expect(trigger).toHaveFocus();
});
