/** The plan screen keeps what is typed and moves focus sensibly (issue 12, section 1). */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../app/app';
import { STAGE_IDS } from '../../../stages/stage-list';
import { useAppStore } from '../../../store/app-store';
import { emptyPlan } from '../../../store/plan-slice';
import { PROFILE, ratedSteps, withAnswers } from '../../../../tests/fixtures/assessment';
import { toPlanDocumentData } from './to-plan-document';

function openPlan() {
  // Three gaps in step 1, so there are proposals to accept and dismiss.
  const ratings = ratedSteps((step, _item, i) => (step === 'needs' && i < 3 ? 'developing' : 'prepared'));
  useAppStore.setState({
    mode: 'full',
    profile: PROFILE,
    steps: withAnswers(ratings, { vision: { benefitPriorities: ['studentEngagement'] } }),
    completed: [...STAGE_IDS],
    drafts: {},
    plan: emptyPlan(),
    view: { name: 'plan' },
  });
  return { user: userEvent.setup(), ...render(<App />) };
}

const acceptButtons = () => screen.getAllByRole('button', { name: /^Accept proposed action/ });
const leaveAndComeBack = () => {
  act(() => useAppStore.getState().goTo({ name: 'results' }));
  act(() => useAppStore.getState().goTo({ name: 'plan' }));
};

test('after Accept and Dismiss, focus goes to the next proposal; after the last, to the heading', async () => {
  const { user } = openPlan();
  const [, second, third] = acceptButtons();
  await user.click(acceptButtons()[0]!);
  expect(second).toHaveFocus();
  await user.click(screen.getAllByRole('button', { name: /^Dismiss proposed action/ })[0]!);
  expect(third).toHaveFocus();
  await user.click(third!);
  expect(screen.getByRole('heading', { name: 'Proposed actions (0)' })).toHaveFocus();
});

test('Edit focuses the first field, Save the saved row, Cancel the row’s Edit button', async () => {
  const { user } = openPlan();
  await user.click(acceptButtons()[0]!);
  await user.click(screen.getByRole('button', { name: /^Edit action: Run a needs assessment/ }));
  expect(screen.getByLabelText('Action')).toHaveFocus();
  await user.type(screen.getByLabelText('Owner'), 'Ms Rivera');
  await user.click(screen.getByRole('button', { name: 'Save action' }));
  expect(screen.getByRole('heading', { level: 3, name: /^Run a needs assessment/ })).toHaveFocus();

  await user.click(screen.getByRole('button', { name: /^Edit action: Run a needs assessment/ }));
  await user.click(screen.getByRole('button', { name: 'Cancel' }));
  expect(screen.getByRole('button', { name: /^Edit action: Run a needs assessment/ })).toHaveFocus();
});

test('a row being edited keeps what was typed across leaving the page, and blocks the PDF until saved', async () => {
  const { user } = openPlan();
  await user.click(screen.getByRole('button', { name: 'Add an action' }));
  expect(screen.getByLabelText('Action')).toHaveFocus();
  await user.type(screen.getByLabelText('Action'), 'Visit a partner school');
  await user.type(screen.getByLabelText('Owner'), 'Mr Chen');
  leaveAndComeBack();

  expect(await screen.findByLabelText('Action')).toHaveValue('Visit a partner school');
  expect(screen.getByLabelText('Owner')).toHaveValue('Mr Chen');
  const exportPanel = screen.getByRole('region', { name: 'Before you export' });
  expect(within(exportPanel).getByText(/^Save or cancel the changes to “Visit a partner school”/)).toBeInTheDocument();
  // The PDF shows saved rows only, and the plan says so until the row is saved.
  expect(toPlanDocumentData(useAppStore.getState(), new Date()).actions).toEqual([]);

  await user.click(screen.getByRole('button', { name: 'Save action' }));
  expect(within(exportPanel).queryByText(/Save or cancel the changes/)).not.toBeInTheDocument();
  expect(toPlanDocumentData(useAppStore.getState(), new Date()).actions).toMatchObject([
    { action: 'Visit a partner school', owner: 'Mr Chen' },
  ]);
});

test('what is typed in a row is kept at once when the page is hidden', async () => {
  const { user } = openPlan();
  await user.click(screen.getByRole('button', { name: 'Add an action' }));
  await user.type(screen.getByLabelText('Action'), 'Survey staff');
  act(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
  const saved = JSON.parse(localStorage.getItem('stem-teacher-leadership-planner') ?? '{}');
  const drafts = Object.values(saved.state.plan.actionDrafts) as { values: { action: string } }[];
  expect(drafts.map((d) => d.values.action)).toEqual(['Survey staff']);
});

test('opening another row for editing never discards the unsaved changes of the first', async () => {
  const { user } = openPlan();
  await user.click(acceptButtons()[0]!);
  await user.click(acceptButtons()[0]!);
  const [firstEdit] = screen.getAllByRole('button', { name: /^Edit action/ });
  await user.click(firstEdit!);
  await user.type(screen.getByLabelText('Owner'), 'Ms Rivera');
  await user.click(screen.getByRole('button', { name: /^Edit action/ }));
  const owners = screen.getAllByLabelText('Owner');
  expect(owners).toHaveLength(2);
  expect(owners[0]).toHaveValue('Ms Rivera');
  expect(screen.getAllByLabelText('Action')[1]).toHaveFocus();
});

test('the job description is kept as it is typed, with no Save button, and the PDF data shows it', async () => {
  const { user } = openPlan();
  await user.click(screen.getByRole('button', { name: 'Edit job description' }));
  expect(screen.getByLabelText('The role')).toHaveFocus();
  await user.type(screen.getByLabelText('Reports to'), 'The principal');
  leaveAndComeBack();
  const section = (await screen.findByRole('heading', { name: 'Draft job description' })).closest('section')!;
  expect(within(section).getByText('The principal')).toBeInTheDocument();
  const blocks = toPlanDocumentData(useAppStore.getState(), new Date()).jobDescription;
  expect(blocks).toContainEqual({ heading: 'Reports to', text: 'The principal' });
});

test('undoing a job description edit puts back the text from before it began', async () => {
  const { user } = openPlan();
  await user.click(screen.getByRole('button', { name: 'Edit job description' }));
  await user.type(screen.getByLabelText('Reports to'), 'Nobody');
  await user.click(screen.getByRole('button', { name: 'Undo these changes' }));
  expect(useAppStore.getState().plan.jobDescription).toBeNull();
  expect(screen.getByRole('button', { name: 'Edit job description' })).toHaveFocus();
});
