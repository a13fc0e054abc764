import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../app/app';
import { profileContent } from '../../../stages/profile/profile.content';
import { stepEntries } from '../../../stages/stage-list';
import { useAppStore } from '../../../store/app-store';
import { initialAnswers } from '../../../store/answers-slice';
import { initialDrafts } from '../../../store/drafts-slice';

function openWorksheets() {
  useAppStore.setState({ ...initialAnswers, ...initialDrafts, view: { name: 'worksheets' } });
  const user = userEvent.setup();
  render(<App />);
  return user;
}

test('the worksheets list all seven steps, every item with its four levels and Not sure yet, and every question', () => {
  openWorksheets();
  expect(screen.getByRole('heading', { level: 1, name: 'Printable worksheets' })).toBeInTheDocument();
  const profile = screen.getByRole('region', { name: profileContent().title });
  for (const question of profileContent().questions) expect(within(profile).getByText(question.label)).toBeInTheDocument();

  for (const { content } of stepEntries()) {
    const section = screen.getByRole('region', { name: `Step ${content.number}: ${content.title}` });
    for (const item of content.items) {
      const listItem = within(section).getByText(item.statement).closest('li')!;
      for (const descriptor of Object.values(item.descriptors)) {
        expect(within(listItem).getByText(descriptor)).toBeInTheDocument();
      }
      expect(within(listItem).getByText('Not sure yet')).toBeInTheDocument();
      expect(within(listItem).getByText('Evidence or notes')).toBeInTheDocument();
    }
    for (const question of content.questions) {
      expect(within(section).getAllByText(question.label, { exact: false }).length).toBeGreaterThan(0);
    }
    expect(within(section).getByText(/^Source: Building STEM Teacher Leadership/)).toBeInTheDocument();
  }
});

test('Print worksheets opens the print dialog', async () => {
  const print = vi.spyOn(window, 'print').mockImplementation(() => {});
  const user = openWorksheets();
  await user.click(screen.getByRole('button', { name: 'Print worksheets' }));
  expect(print).toHaveBeenCalledOnce();
});

test('the start page links to the worksheets', async () => {
  useAppStore.setState({ ...initialAnswers, ...initialDrafts, view: { name: 'start' } });
  const user = userEvent.setup();
  render(<App />);
  await user.click(screen.getByRole('button', { name: 'Printable worksheets' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Printable worksheets' })).toHaveFocus();
  expect(screen.queryByRole('navigation', { name: 'Progress' })).not.toBeInTheDocument();
});
