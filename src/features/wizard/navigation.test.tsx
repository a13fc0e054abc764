import { screen, within } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import { STEP_IDS, STEPS } from '../../stages/stage-list';
import { useAppStore } from '../../store/app-store';
import { fillProfile, rateAll, renderApp, resetStore } from '../../../tests/support/test-utils';

beforeEach(resetStore);

test('moves focus to the stage heading and titles the page "Step n of 7" on every stage change', async () => {
  const { user } = renderApp();
  await user.click(screen.getByRole('button', { name: 'Start a quick check' }));
  expect(screen.getByRole('heading', { level: 1, name: 'About your school or district' })).toHaveFocus();
  await fillProfile(user);
  expect(screen.getByRole('heading', { level: 1, name: 'Assess STEM-related needs' })).toHaveFocus();
  expect(document.title).toBe('Step 1 of 7 – Assess STEM-related needs – STEM Teacher Leadership Planner');
});

test('Back keeps answers that were typed but not submitted', async () => {
  const { user } = renderApp();
  await user.click(screen.getByRole('button', { name: 'Start a full plan' }));
  await fillProfile(user);
  await user.type(screen.getByLabelText('Assets that could enable progress'), 'A makerspace and two engineers on staff');
  await user.click(screen.getByRole('button', { name: 'Back' }));
  expect(screen.getByLabelText('Name of your school or district')).toHaveValue('Riverside Elementary');
  await user.click(screen.getByRole('button', { name: 'Save and continue' }));
  expect(screen.getByLabelText('Assets that could enable progress')).toHaveValue('A makerspace and two engineers on staff');
});

test('the stepper opens any step at any time and still shows which are done', async () => {
  const { user } = renderApp();
  await user.click(screen.getByRole('button', { name: 'Start a quick check' }));
  await fillProfile(user);
  await rateAll(user, 'needs', 'Developing');
  await user.click(screen.getByRole('button', { name: 'Save and continue' }));

  const progress = screen.getByRole('navigation', { name: 'Progress' });
  expect(within(progress).getByRole('button', { name: /1\. Needs.*\(completed\)/ })).toBeInTheDocument();
  expect(within(progress).getByRole('button', { name: /2\. Vision.*\(in progress\)/ })).toHaveAttribute('aria-current', 'step');
  expect(within(progress).getByRole('button', { name: /4\. Design.*\(not started\)/ })).toBeInTheDocument();
  await user.click(within(progress).getByRole('button', { name: /7\. Support/ }));
  expect(screen.getByRole('heading', { level: 1, name: 'Support the STEM teacher leader' })).toBeInTheDocument();
  await rateAll(user, 'support', 'Prepared');
  await user.click(screen.getByRole('button', { name: 'Save and continue' }));
  // Saving the last step opens the review page, whose stepper still marks what is done.
  const after = screen.getByRole('navigation', { name: 'Progress' });
  expect(within(after).getByRole('button', { name: /7\. Support.*\(completed\)/ })).toBeInTheDocument();
  expect(within(after).getByRole('button', { name: /3\. Programming.*\(not started\)/ })).toBeInTheDocument();
  await user.click(within(after).getByRole('button', { name: /1\. Needs/ }));

  await user.click(within(progress).getByRole('button', { name: /1\. Needs/ }));
  const first = STEPS.needs.content.items[0];
  const group = screen.getByRole('group', { name: new RegExp(first.statement.slice(0, 30)) });
  expect(within(group).getByLabelText('Developing')).toBeChecked();
});

test('walks a quick check to the review page, which lists every rating and offers Change links', async () => {
  const { user } = renderApp();
  await user.click(screen.getByRole('button', { name: 'Start a quick check' }));
  await fillProfile(user);
  for (const step of STEP_IDS) {
    await rateAll(user, step, step === 'support' ? 'Not sure yet' : 'Prepared');
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
  }
  expect(screen.getByRole('heading', { level: 1, name: 'Check your answers' })).toHaveFocus();
  expect(screen.getByRole('heading', { name: 'All 7 steps are complete' })).toBeInTheDocument();
  const support = screen.getByRole('region', { name: /Step 7: Support the STEM teacher leader/ });
  expect(within(support).getAllByText('Not sure yet')).toHaveLength(STEPS.support.content.items.length);

  await user.click(screen.getByRole('button', { name: /Change.*answers to Step 7: Support the STEM teacher leader/ }));
  const group = screen.getByRole('group', { name: /leadership, including leading up/ });
  await user.click(within(group).getByLabelText('Model'));
  await user.click(screen.getByRole('button', { name: 'Save and return to review' }));
  expect(screen.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeInTheDocument();
  expect(within(screen.getByRole('region', { name: /Step 7/ })).getByText('Model')).toBeInTheDocument();
});

test('the review page shows "Not provided" for skipped optional answers in a full plan', async () => {
  useAppStore.setState({
    mode: 'full',
    profile: { orgName: 'Lakeside District', orgType: 'district', level: 'district', respondentRole: 'Superintendent', team: '', date: '2026-11-23' },
    completed: ['profile'],
    view: { name: 'review' },
  });
  renderApp();
  const profile = screen.getByRole('region', { name: 'About your school or district' });
  expect(within(profile).getByText('Lakeside District')).toBeInTheDocument();
  // Team members, and the workshop name and group (asked since issue 13).
  expect(within(profile).getAllByText('Not provided')).toHaveLength(3);
  expect(screen.getByRole('alert')).toHaveTextContent('Complete “Assess STEM-related needs”');
  expect(document.title).toMatch(/^Error: Check your answers/);
});

test('Start over asks first, then clears every answer', async () => {
  useAppStore.setState({ mode: 'quick', completed: ['profile'], view: { name: 'stage', stage: 'needs' } });
  const { user } = renderApp();
  await user.click(screen.getByRole('button', { name: 'Start over' }));
  await user.click(screen.getByRole('button', { name: 'Cancel' }));
  expect(useAppStore.getState().completed).toEqual(['profile']);
  await user.click(screen.getByRole('button', { name: 'Start over' }));
  await user.click(screen.getByRole('button', { name: 'Yes, remove my answers' }));
  expect(screen.getByRole('heading', { level: 1, name: 'Plan STEM teacher leadership, step by step' })).toBeInTheDocument();
  expect(useAppStore.getState().completed).toEqual([]);
});
