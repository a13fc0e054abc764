/** The plan page's three exports (issue 12 §3): labelled buttons, the Word file built from what is saved. */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, vi } from 'vitest';
import { App } from '../../../app/app';
import { STAGE_IDS } from '../../../stages/stage-list';
import { useAppStore } from '../../../store/app-store';
import { emptyPlan } from '../../../store/plan-slice';
import { PROFILE, ratedSteps, withAnswers } from '../../../../tests/fixtures/assessment';

beforeEach(() => {
  URL.createObjectURL = vi.fn(() => 'blob:plan');
  URL.revokeObjectURL = vi.fn();
  useAppStore.setState({
    mode: 'full',
    profile: PROFILE,
    steps: withAnswers(ratedSteps((step, _item, i) => (step === 'needs' && i < 3 ? 'developing' : 'prepared')), {
      vision: { benefitPriorities: ['studentEngagement'] },
    }),
    completed: [...STAGE_IDS],
    drafts: {},
    plan: emptyPlan(),
    view: { name: 'plan' },
  });
});
afterEach(() => vi.restoreAllMocks());

test('offers the board summary, the full plan and the Word document, each with its own button', async () => {
  render(<App />);
  const group = await screen.findByRole('group', { name: 'Download the plan' }, { timeout: 10_000 });
  expect(group).toBeInTheDocument();
  for (const name of ['Board summary (PDF)', 'Full plan (PDF)', 'Word document (.docx)']) {
    expect(screen.getByRole('button', { name })).toBeInTheDocument();
  }
});

test('the Word document downloads with a plain ASCII name and says so', async () => {
  const user = userEvent.setup();
  render(<App />);
  await user.click(await screen.findByRole('button', { name: 'Word document (.docx)' }, { timeout: 10_000 }));
  expect(await screen.findByText(/^Downloaded “[A-Za-z0-9-]+-STEM-plan-\d{4}-\d{2}-\d{2}\.docx”\.$/, {}, { timeout: 15_000 })).toBeInTheDocument();
  expect(URL.createObjectURL).toHaveBeenCalledTimes(1);
});

test('an action without an owner blocks every export and says why', async () => {
  const user = userEvent.setup();
  useAppStore.setState((s) => ({
    plan: {
      ...s.plan,
      actions: [{ id: 'a1', gapKey: null, action: 'Survey staff', stepId: 'needs', owner: '', start: '', due: '', resources: '', successMeasure: '', status: 'notStarted' }],
    },
  }));
  render(<App />);
  await user.click(await screen.findByRole('button', { name: 'Board summary (PDF)' }, { timeout: 10_000 }));
  expect(screen.getByRole('button', { name: 'Board summary (PDF)' })).toHaveAccessibleDescription(
    'Fix the problems listed under “Before you export” first.',
  );
  expect(URL.createObjectURL).not.toHaveBeenCalled();
});
