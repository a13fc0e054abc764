import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { FilePicker } from './file-picker';

const file = (name: string) => new File(['{}'], name, { type: 'application/json' });

test('files chosen through the labelled input reach the room, and the app shows its own button, not the browser’s', async () => {
  const user = userEvent.setup();
  const onFiles = vi.fn();
  render(<FilePicker id="files" label="Participants’ files" hint="Choose several .json files" accept=".json" multiple onFiles={onFiles} />);
  const input = screen.getByLabelText(/Participants’ files/);
  expect(input).toHaveAccessibleDescription('Choose several .json files');
  expect(screen.getByText('Choose files')).toBeInTheDocument();
  expect(screen.getByText('or drop them here')).toBeInTheDocument();
  await user.upload(input, [file('a.json'), file('b.json')]);
  expect(onFiles).toHaveBeenCalledWith([expect.objectContaining({ name: 'a.json' }), expect.objectContaining({ name: 'b.json' })]);
});

test('a file dropped on a single-file picker is taken alone', () => {
  const onFiles = vi.fn();
  render(<FilePicker id="room" label="Open a room" hint="A room file" accept=".json" onFiles={onFiles} />);
  const zone = screen.getByText('or drop it here').closest('.drop-zone')!;
  fireEvent.drop(zone, { dataTransfer: { files: [file('room.json'), file('other.json')] } });
  expect(onFiles).toHaveBeenCalledWith([expect.objectContaining({ name: 'room.json' })]);
});
