import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { App } from '../../app/app';
import { useFileFlow } from '../../store/file-flow';
import { serializePlanFile } from '../../store/plan-file';
import { partialize, useAppStore } from '../../store/app-store';
import { validState } from '../../../tests/fixtures/plan-state';
import { setLocale } from '../../i18n/i18n';

const mine = validState({ mode: 'full', view: { name: 'start' } });
const theirs = validState({
  profile: { ...validState().profile!, orgName: 'Roosevelt Elementary', level: 'elementary' },
  view: { name: 'start' },
});
const planFile = (state = theirs, name = 'roosevelt.json') =>
  new File([serializePlanFile(state, new Date('2026-11-20T09:00:00Z'))], name, { type: 'application/json' });

beforeEach(() => {
  useAppStore.getState().replacePersisted(mine);
  useFileFlow.setState({ pending: null, error: null, undo: null });
  URL.createObjectURL = vi.fn(() => 'blob:test');
  URL.revokeObjectURL = vi.fn();
});

// Unmount before switching back: a mounted app would re-render in English outside act().
afterEach(() => {
  cleanup();
  return setLocale('en');
});

async function openFile(file: File) {
  // People can switch the file picker to "All files", so the accept filter is no guarantee.
  const user = userEvent.setup({ applyAccept: false });
  render(<App />);
  await user.click(screen.getByRole('button', { name: /your data/i }));
  await user.upload(screen.getByLabelText('Plan file to open'), file);
  return user;
}

test('opening a plan file asks first, offers a download, then replaces the answers and offers Undo', async () => {
  const user = await openFile(planFile());
  const dialog = await screen.findByRole('dialog', { name: 'Replace your current answers?' });
  expect(partialize(useAppStore.getState())).toEqual(mine);

  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  await user.click(within(dialog).getByRole('button', { name: 'Download my current answers first' }));
  expect(click).toHaveBeenCalledTimes(1);

  await user.click(within(dialog).getByRole('button', { name: 'Replace my answers' }));
  expect(useAppStore.getState().profile?.orgName).toBe('Roosevelt Elementary');
  expect(screen.getByRole('heading', { name: 'Opened roosevelt.json' })).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Undo' }));
  // The downloaded copy gave this browser's answers a participant id (kept for the next copy); nothing else changed.
  expect(partialize(useAppStore.getState())).toEqual({ ...mine, participantId: expect.any(String) });
});

test('cancelling leaves the answers as they were', async () => {
  const user = await openFile(planFile());
  const dialog = await screen.findByRole('dialog', { name: 'Replace your current answers?' });
  await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
  expect(partialize(useAppStore.getState())).toEqual(mine);
});

test('a bad file is explained and the answers stay untouched', async () => {
  await openFile(new File(['%PDF-1.7 ...'], 'plan.pdf', { type: 'application/pdf' }));
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('plan.pdf was not opened');
  expect(alert).toHaveTextContent(/This file is a PDF.*Your answers have not changed/);
  expect(partialize(useAppStore.getState())).toEqual(mine);
});

test('a file over the size limit is refused before it is read', async () => {
  const big = new File(['x'], 'huge.json');
  Object.defineProperty(big, 'size', { value: 50_000_000 });
  const read = vi.spyOn(big, 'arrayBuffer');
  await openFile(big);
  expect(await screen.findByRole('alert')).toHaveTextContent(/too large.*50 MB/);
  expect(read).not.toHaveBeenCalled();
});

test('the privacy note is one click away from every page, at its own address', async () => {
  const user = userEvent.setup();
  render(<App />);
  await user.click(screen.getByRole('link', { name: 'Privacy' }));
  const heading = await screen.findByRole('heading', { level: 1, name: 'Your answers stay on this computer' });
  expect(heading.closest('main')).toHaveTextContent('Do not enter information about individual students.');
  await waitFor(() => expect(window.location.pathname).toBe('/privacy'));
});

test('Undo is withdrawn once an answer changes after opening, so it never throws that change away', async () => {
  const user = await openFile(planFile());
  const dialog = await screen.findByRole('dialog', { name: 'Replace your current answers?' });
  await user.click(within(dialog).getByRole('button', { name: 'Replace my answers' }));
  act(() => useAppStore.getState().goTo({ name: 'review' }));
  expect(useFileFlow.getState().undo).not.toBeNull();
  act(() => useAppStore.getState().chooseMode('full'));
  expect(useFileFlow.getState().undo).toBeNull();
});

test('in Spanish, the menu and the notice for a refused file read in Spanish', async () => {
  await setLocale('es');
  const user = userEvent.setup({ applyAccept: false });
  render(<App />);
  await user.click(screen.getByRole('button', { name: /sus datos/i }));
  expect(screen.getByRole('button', { name: 'Guardar una copia' })).toBeInTheDocument();
  await user.upload(screen.getByLabelText('Archivo de plan que desea abrir'), new File(['%PDF-1.7'], 'plan.pdf'));
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('No se abrió plan.pdf');
  expect(alert).toHaveTextContent(/Este archivo es un PDF\..*Sus respuestas no han cambiado\./);
});
