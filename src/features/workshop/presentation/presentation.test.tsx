import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../app/app';
import { ratingLabel, LEVELS } from '../../../content/levels';
import { stepEntries } from '../../../stages/stage-list';
import type { StepId } from '../../../stages/stage-list';
import { useAppStore } from '../../../store/app-store';
import { initialAnswers } from '../../../store/answers-slice';
import { initialDrafts } from '../../../store/drafts-slice';
import { escapeRegExp } from '../../../../tests/support/test-utils';

function present(step: StepId = 'needs') {
  const user = userEvent.setup();
  useAppStore.setState({ ...initialAnswers, ...initialDrafts, view: { name: 'presentation', step } });
  render(<App />);
  return user;
}

const stepHeading = (number: number) =>
  screen.getByRole('heading', { level: 1, name: new RegExp(`^Step ${number} of 7: ${escapeRegExp(stepEntries()[number - 1]!.content.title)}$`) });

afterEach(() => {
  vi.useRealTimers();
  sessionStorage.clear();
});

/** Fake only the countdown's clock and interval; user-event and React keep their real timeouts. */
function useFakeClock() {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
}

test('shows the step purpose, every item with its four level descriptors, and the discussion prompts', () => {
  present('design');
  const { content } = stepEntries()[3]!;
  expect(stepHeading(4)).toBeInTheDocument();
  expect(screen.getByText(content.purpose)).toBeInTheDocument();
  for (const item of content.items) {
    const statement = screen.getByRole('heading', { level: 3, name: item.statement });
    const listItem = statement.closest('li')!;
    for (const level of LEVELS) {
      expect(within(listItem).getByText(ratingLabel(level))).toBeInTheDocument();
      expect(within(listItem).getByText(item.descriptors[level])).toBeInTheDocument();
    }
  }
  const prompts = screen.getByRole('region', { name: 'Talk about it' });
  for (const prompt of content.discussionPrompts) expect(within(prompts).getByText(prompt)).toBeInTheDocument();
});

test('arrow and page keys move between steps, focusing and so announcing each new step', async () => {
  const user = present();
  await user.keyboard('{ArrowRight}');
  expect(stepHeading(2)).toHaveFocus();
  await user.keyboard('{PageDown}');
  expect(stepHeading(3)).toHaveFocus();
  expect(document.title).toBe('Presenting step 3 of 7 – Examine successful STEM education programming – STEM Teacher Leadership Planner');
  await user.keyboard('{PageUp}');
  expect(stepHeading(2)).toHaveFocus();
  await user.keyboard('{ArrowLeft}{ArrowLeft}');
  expect(stepHeading(1)).toHaveFocus();
  for (let i = 0; i < 8; i++) await user.keyboard('{ArrowRight}');
  expect(stepHeading(7)).toHaveFocus();
  expect(screen.getByRole('button', { name: 'Next step' })).toBeDisabled();
});

test('the buttons do what the shortcuts do', async () => {
  const user = present();
  await user.click(screen.getByRole('button', { name: 'Next step' }));
  expect(stepHeading(2)).toHaveFocus();
  await user.click(screen.getByRole('button', { name: 'Previous step' }));
  expect(stepHeading(1)).toHaveFocus();
  await user.click(screen.getByRole('button', { name: 'Leave presentation' }));
  expect(screen.getByRole('heading', { level: 1, name: /Plan STEM teacher leadership/ })).toBeInTheDocument();
});

test('shortcuts never fire while typing in a box', async () => {
  const user = present();
  const minutes = screen.getByLabelText('Minutes');
  await user.click(minutes);
  await user.keyboard('{ArrowRight}{PageDown}tp? {Escape}');
  expect(stepHeading(1)).toBeInTheDocument();
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Start timer' })).toBeInTheDocument();
  expect(minutes).toHaveFocus();
});

test('P and Escape leave the presentation, back to where it was opened from', async () => {
  const user = present();
  await user.keyboard('p');
  expect(screen.getByRole('heading', { level: 1, name: /Plan STEM teacher leadership/ })).toBeInTheDocument();

  act(() => useAppStore.setState({ view: { name: 'presentation', step: 'vision', returnTo: 'vision' } }));
  expect(await screen.findByRole('heading', { level: 1, name: /Step 2 of 7/ })).toBeInTheDocument();
  await user.keyboard('{Escape}');
  expect(useAppStore.getState().view).toEqual({ name: 'stage', stage: 'vision' });
});

test('the timer counts down, pauses, and announces "time is up" once', async () => {
  useFakeClock();
  const user = present();
  const minutes = screen.getByLabelText('Minutes');
  await user.clear(minutes);
  // An empty box (mid-edit) is flagged, linked to the field, and leaves the timer as it was.
  expect(minutes).toHaveAccessibleDescription(/Enter whole minutes from 1 to \d+; the timer stays at \d+\./);
  expect(minutes).toHaveAttribute('aria-invalid', 'true');
  await user.type(minutes, '1');
  expect(minutes).not.toHaveAttribute('aria-invalid');
  expect(screen.getByText('01:00')).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Start timer' }));
  act(() => vi.advanceTimersByTime(20_000));
  expect(screen.getByText('00:40')).toBeInTheDocument();
  // The countdown itself is not a live region: it would be read out every second.
  expect(screen.getByText('00:40').closest('[role="status"], [aria-live]')).toBeNull();

  await user.click(screen.getByRole('button', { name: 'Pause timer' }));
  act(() => vi.advanceTimersByTime(30_000));
  expect(screen.getByText('00:40')).toBeInTheDocument();

  const announcer = screen.getByRole('status');
  expect(announcer).toBeEmptyDOMElement();
  await user.click(screen.getByRole('button', { name: 'Start timer' }));
  const changes: string[] = [];
  const observer = new MutationObserver(() => changes.push(announcer.textContent ?? ''));
  observer.observe(announcer, { childList: true, subtree: true, characterData: true });
  act(() => vi.advanceTimersByTime(41_000));
  act(() => vi.advanceTimersByTime(60_000));
  await act(async () => {}); // let the observer report
  observer.disconnect();
  expect(screen.getByText('00:00')).toBeInTheDocument();
  expect(announcer).toHaveTextContent('Time is up for step 1, Assess STEM-related needs.');
  expect(changes).toEqual(['Time is up for step 1, Assess STEM-related needs.']);

  await user.click(screen.getByRole('button', { name: 'Reset timer' }));
  expect(screen.getByText('01:00')).toBeInTheDocument();
  expect(announcer).toBeEmptyDOMElement();
});

test('T and Space start and pause the timer, and each step keeps its own setting while presenting', async () => {
  useFakeClock();
  const user = present();
  await user.keyboard('t');
  expect(screen.getByRole('button', { name: 'Pause timer' })).toBeInTheDocument();
  act(() => vi.advanceTimersByTime(5_000));
  expect(screen.getByText('09:55')).toBeInTheDocument();
  stepHeading(1).focus();
  await user.keyboard(' ');
  expect(screen.getByRole('button', { name: 'Start timer' })).toBeInTheDocument();

  await user.keyboard('{ArrowRight}');
  const minutes = screen.getByLabelText('Minutes');
  await user.clear(minutes);
  await user.type(minutes, '3');
  expect(screen.getByText('03:00')).toBeInTheDocument();
  stepHeading(2).focus();
  await user.keyboard('{ArrowLeft}');
  expect(screen.getByText('09:55')).toBeInTheDocument();
  await user.keyboard('{ArrowRight}');
  expect(screen.getByLabelText('Minutes')).toHaveValue(3);
  expect(screen.getByText('03:00')).toBeInTheDocument();
});

test('a running timer keeps running while another step is shown, and only Pause stops it', async () => {
  useFakeClock();
  const user = present();
  await user.keyboard('t');
  act(() => vi.advanceTimersByTime(5_000));
  expect(screen.getByText('09:55')).toBeInTheDocument();
  stepHeading(1).focus();
  await user.keyboard('{ArrowRight}');
  act(() => vi.advanceTimersByTime(60_000));
  stepHeading(2).focus();
  await user.keyboard('{ArrowLeft}');
  act(() => vi.advanceTimersByTime(1_000));
  expect(screen.getByText('08:54')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Pause timer' })).toBeInTheDocument();
});

test('? opens the shortcuts overlay, Escape closes it and focus returns', async () => {
  const user = present();
  const shortcuts = screen.getByRole('button', { name: 'Shortcuts' });
  await user.click(shortcuts);
  const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
  expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
  expect(within(dialog).getByRole('cell', { name: 'Next step' })).toBeInTheDocument();
  await user.keyboard('{Escape}');
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  expect(shortcuts).toHaveFocus();
  expect(stepHeading(1)).toBeInTheDocument(); // Escape closed the overlay, not the presentation

  stepHeading(1).focus();
  await user.keyboard('?');
  expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
  await user.keyboard('{ArrowRight}'); // shortcuts wait while the overlay is open
  await user.keyboard('{Escape}');
  expect(stepHeading(1)).toHaveFocus();
});

test('single-key shortcuts can be turned off (WCAG 2.1.4); arrows still work', async () => {
  const user = present();
  await user.click(screen.getByRole('button', { name: 'Shortcuts' }));
  await user.click(screen.getByLabelText('Use single-key shortcuts (T, P and ?)'));
  await user.click(screen.getByRole('button', { name: 'Close' }));
  await user.keyboard('t');
  expect(screen.getByRole('button', { name: 'Start timer' })).toBeInTheDocument();
  await user.keyboard('?');
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  await user.keyboard('{ArrowRight}');
  expect(stepHeading(2)).toHaveFocus();
  // The choice holds when the presentation is left and opened again.
  await user.click(screen.getByRole('button', { name: 'Leave presentation' }));
  act(() => useAppStore.setState({ view: { name: 'presentation', step: 'needs' } }));
  await user.click(await screen.findByRole('button', { name: 'Shortcuts' }));
  expect(screen.getByLabelText('Use single-key shortcuts (T, P and ?)')).not.toBeChecked();
});

test('the start page and a wizard step open the presentation', async () => {
  useAppStore.setState({ ...initialAnswers, ...initialDrafts, view: { name: 'start' } });
  const user = userEvent.setup();
  render(<App />);
  const workshop = screen.getByRole('region', { name: 'Running a workshop?' });
  await user.click(within(workshop).getByRole('button', { name: 'Present the seven steps on a projector' }));
  expect(await screen.findByRole('heading', { level: 1, name: /^Step 1 of 7/ })).toHaveFocus();
  await user.keyboard('{Escape}');

  act(() => useAppStore.setState({ mode: 'full', view: { name: 'stage', stage: 'position' } }));
  await user.click(await screen.findByRole('button', { name: 'Present this step on a projector' }));
  expect(await screen.findByRole('heading', { level: 1, name: /^Step 6 of 7/ })).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Leave presentation' }));
  expect(useAppStore.getState().view).toEqual({ name: 'stage', stage: 'position' });
});
