import { act, screen, within } from '@testing-library/react';
import { beforeEach, expect, test, vi } from 'vitest';
import { STEPS } from '../../stages/stage-list';
import { useAppStore } from '../../store/app-store';
import { escapeRegExp, fillProfile, rateAll, renderApp, resetStore } from '../../../tests/support/test-utils';

beforeEach(resetStore);

test('shows an error summary, linked field errors and an Error: title when the profile is empty', async () => {
  const { user } = renderApp();
  await user.click(screen.getByRole('button', { name: 'Start a full plan' }));
  await user.click(screen.getByRole('button', { name: 'Save and continue' }));

  const summary = screen.getByRole('alert');
  expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
  expect(summary).toHaveFocus();
  expect(document.title).toMatch(/^Error: About your school or district/);

  const nameInput = screen.getByLabelText('Name of your school or district');
  expect(nameInput).toHaveAttribute('aria-invalid', 'true');
  expect(nameInput).toHaveAccessibleDescription(/Enter the name of your school or district/);

  await user.click(within(summary).getByRole('link', { name: 'Enter the name of your school or district' }));
  expect(nameInput).toHaveFocus();
  expect(within(summary).getByRole('link', { name: 'Select the level of your school or district' })).toBeInTheDocument();
});

test('keeps what the user typed when a field is too long, and says what to do', async () => {
  const { user } = renderApp();
  await user.click(screen.getByRole('button', { name: 'Start a full plan' }));
  const name = screen.getByLabelText('Name of your school or district');
  await user.click(name);
  await user.paste('x'.repeat(121));
  await user.click(screen.getByRole('button', { name: 'Save and continue' }));
  expect(screen.getByRole('link', { name: 'Enter the name of your school or district of at most 120 characters' })).toBeInTheDocument();
  expect(name).toHaveValue('x'.repeat(121));
});

test('asks for a level or Not sure yet on every readiness item', async () => {
  const { user } = renderApp();
  await user.click(screen.getByRole('button', { name: 'Start a full plan' }));
  await fillProfile(user);
  await user.click(screen.getByRole('button', { name: 'Save and continue' }));

  const first = STEPS.needs.content.items[0];
  const link = screen.getByRole('link', {
    name: `Choose a level for “${first.statement}”, or choose Not sure yet`,
  });
  await user.click(link);
  const group = screen.getByRole('group', { name: new RegExp(escapeRegExp(first.statement)) });
  expect(within(group).getByLabelText('Early')).toHaveFocus();
  expect(within(screen.getByRole('alert')).getAllByRole('link')).toHaveLength(STEPS.needs.content.items.length);
});

test('requires at least one benefit priority in a full plan, and none in a quick check', async () => {
  useAppStore.setState({
    mode: 'full',
    view: { name: 'stage', stage: 'vision' },
    completed: ['profile', 'needs'],
  });
  const { user } = renderApp();
  await rateAll(user, 'vision', 'Prepared');
  await user.click(screen.getByRole('button', { name: 'Save and continue' }));
  expect(
    screen.getByRole('link', { name: 'Select at least one benefit that matters most to your school or district' }),
  ).toBeInTheDocument();

  await user.click(screen.getByLabelText('Deeper student engagement'));
  await user.click(screen.getByRole('button', { name: 'Save and continue' }));
  expect(screen.getByRole('heading', { level: 1, name: 'Examine successful STEM education programming' })).toHaveFocus();
  expect(useAppStore.getState().steps.vision?.benefitPriorities).toEqual(['studentEngagement']);
});

test('a quick check shows only the rated items', async () => {
  useAppStore.setState({ mode: 'quick', view: { name: 'stage', stage: 'design' } });
  renderApp();
  expect(screen.getAllByRole('group', { name: /./ }).length).toBeGreaterThanOrEqual(STEPS.design.content.items.length);
  expect(screen.queryByRole('heading', { name: 'Plan the details' })).not.toBeInTheDocument();
  expect(screen.queryByLabelText('Your case for implementation, for the community and funders')).not.toBeInTheDocument();
});

test('shows elementary approaches to plans with elementary grades: elementary, K–12 and district-wide', async () => {
  useAppStore.setState({
    mode: 'full',
    view: { name: 'stage', stage: 'design' },
    profile: { orgName: 'Lincoln High', orgType: 'school', level: 'high', respondentRole: 'Principal', team: '', date: '2026-11-23' },
  });
  const { unmount } = renderApp();
  expect(screen.queryByRole('group', { name: /Which elementary approaches/ })).not.toBeInTheDocument();
  unmount();
  for (const level of ['elementary', 'k12', 'district'] as const) {
    useAppStore.setState({ profile: { ...useAppStore.getState().profile!, level } });
    const { unmount: close } = renderApp();
    expect(screen.getByRole('group', { name: /Which elementary approaches/ })).toBeInTheDocument();
    close();
  }
});

test('ticking "Other" state guide shows a text box for its name, and saves what is typed', async () => {
  useAppStore.setState({ mode: 'full', view: { name: 'stage', stage: 'programming' }, completed: ['profile'] });
  const { user } = renderApp();
  expect(screen.queryByLabelText('Other state guide or rubric you reviewed')).not.toBeInTheDocument();
  const guides = screen.getByRole('group', { name: /Which state guides have you reviewed/ });
  await user.click(within(guides).getByLabelText('Other'));
  const other = screen.getByLabelText('Other state guide or rubric you reviewed');
  await user.type(other, 'Ohio STEM Learning Network design guide');
  await rateAll(user, 'programming', 'Developing');
  await user.click(screen.getByRole('button', { name: 'Save and continue' }));
  expect(useAppStore.getState().steps.programming).toMatchObject({
    stateGuides: ['other'],
    stateGuidesOther: 'Ohio STEM Learning Network design guide',
  });
});

test('saves typed text as a draft before the stage is submitted, at once when the page is hidden', async () => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  const { user } = renderApp();
  await user.click(screen.getByRole('button', { name: 'Start a full plan' }));
  await user.type(screen.getByLabelText('Name of your school or district'), 'Half-typed Academy');
  act(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  const saved = JSON.parse(localStorage.getItem('stem-teacher-leadership-planner') ?? '{}');
  expect(saved.state.drafts.profile.orgName).toBe('Half-typed Academy');
  Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
  vi.useRealTimers();
});
