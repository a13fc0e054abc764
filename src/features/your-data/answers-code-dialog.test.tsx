import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test } from 'vitest';
import { App } from '../../app/app';
import { decodeAnswers } from '../../store/answers-code';
import { useAppStore } from '../../store/app-store';
import { parsePlanFile } from '../../store/plan-file';
import { validState } from '../../../tests/fixtures/plan-state';

beforeEach(() => useAppStore.getState().replacePersisted(validState({ view: { name: 'start' } })));

test('“Show my answers as a code” shows a code holding the ratings, says what it holds, and copies it', async () => {
  const user = userEvent.setup();
  render(<App />);
  await user.click(screen.getByRole('button', { name: /your data/i }));
  await user.click(screen.getByRole('button', { name: 'Show my answers as a code' }));
  const dialog = await screen.findByRole('dialog', { name: 'Your answers as a code' });
  expect(dialog).toHaveAccessibleDescription(/not your notes, other answers or plan/);
  const box = await screen.findByLabelText<HTMLTextAreaElement>('Code to give the facilitator');
  expect(box).toHaveAttribute('readonly');
  const decoded = await decodeAnswers(box.value);
  expect(decoded.ok).toBe(true);
  if (decoded.ok) expect(parsePlanFile(decoded.bytes).ok).toBe(true);
  await user.click(screen.getByRole('button', { name: 'Copy the code' }));
  expect(await screen.findByText(/^Copied\./)).toBeInTheDocument();
  expect(await navigator.clipboard.readText()).toBe(box.value);
});
