import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../app/app';
import { STAGE_IDS } from '../../stages/stage-list';
import { useAppStore } from '../../store/app-store';
import { emptyPlan } from '../../store/plan-slice';
import { toPlanDocumentData } from './plan/to-plan-document';
import { PROFILE, ratedSteps, withAnswers } from '../../../tests/fixtures/assessment';

function startAt(view: 'results' | 'plan', mode: 'quick' | 'full' = 'full') {
  const ratings = ratedSteps((step, _item, i) =>
    step === 'needs' && i === 0 ? 'early' : step === 'design' && i === 1 ? 'unsure' : 'prepared',
  );
  useAppStore.setState({
    mode,
    profile: PROFILE,
    steps: mode === 'full' ? withAnswers(ratings, { vision: { benefitPriorities: ['studentEngagement'] } }) : ratings,
    completed: [...STAGE_IDS],
    drafts: {},
    plan: emptyPlan(),
    view: { name: view },
  });
  return render(<App />);
}

test('the results screen shows the profile as a chart and a table, the rule, the gaps and a decision', () => {
  startAt('results');
  expect(screen.getByRole('heading', { level: 1, name: 'Your readiness results' })).toBeInTheDocument();
  expect(screen.getByRole('heading', { name: /Overall readiness: Prepared/ })).toBeInTheDocument();
  expect(screen.getByRole('img', { name: 'Readiness profile of the seven steps' })).toBeInTheDocument();
  const table = screen.getByRole('table', { name: 'Readiness by step, in figures' });
  const needsRow = within(table).getByRole('row', { name: /1\. Assess STEM-related needs/ });
  expect(within(needsRow).getByText('Developing')).toBeInTheDocument();
  expect(screen.getByText(/at least 75% of rated items are Prepared or Model and none is Early/)).toBeInTheDocument();
  const gaps = screen.getByRole('heading', { name: 'Top gaps to close' }).closest('section')!;
  expect(within(gaps).getAllByRole('heading', { level: 3 })[0]).toHaveTextContent(/We have compared where STEM stands today/);
  expect(screen.getByText(/Proposed:/)).toHaveTextContent('Go: launch the program as planned');
  expect(screen.getByRole('heading', { name: 'Approaches for elementary schools' })).toBeInTheDocument();
});

test('the results open with a summary: overall level, chart, decision with its main reason, and the first three gaps with an action', () => {
  startAt('results', 'quick');
  act(() => useAppStore.setState({ steps: ratedSteps((step, _item, i) => (step === 'vision' || i > 0 ? 'prepared' : 'developing')) }));
  const summary = screen.getByRole('region', { name: 'At a glance' });
  expect(within(summary).getByRole('heading', { name: /Overall readiness:/ })).toBeInTheDocument();
  expect(within(summary).getByRole('img', { name: 'Readiness profile of the seven steps' })).toBeInTheDocument();
  expect(within(summary).getByText(/Proposed decision:/)).toHaveTextContent(/Proposed decision: (Go|Adapt)/);
  expect(within(summary).getByText(/^Main reason:/)).toBeInTheDocument();
  const firstGaps = within(summary).getByRole('list');
  expect(within(firstGaps).getAllByRole('listitem')).toHaveLength(3);
  expect(within(firstGaps).getAllByText('First action:')).toHaveLength(3);
});

test('the contents list takes the reader to each section and moves focus there', async () => {
  const user = userEvent.setup();
  startAt('results');
  const contents = screen.getByRole('navigation', { name: 'On this page' });
  await user.click(within(contents).getByRole('link', { name: 'Readiness decision' }));
  expect(screen.getByRole('heading', { level: 2, name: 'Readiness decision' })).toHaveFocus();
  await user.click(screen.getByRole('link', { name: 'See all top gaps' }));
  expect(screen.getByRole('heading', { level: 2, name: 'Top gaps to close' })).toHaveFocus();
});

test('gaps cite their sources once for the section, with each item\'s source on demand', () => {
  startAt('results');
  const gaps = screen.getByRole('heading', { name: 'Top gaps to close' }).closest('section')!;
  expect(within(gaps).getAllByText(/^Sources:/)).toHaveLength(1);
  expect(within(gaps).getAllByText('Source').length).toBeGreaterThan(0);
});

test('a different decision and its reason are kept without a Save button, across leaving and coming back', async () => {
  const user = userEvent.setup();
  startAt('results');
  expect(screen.queryByRole('button', { name: 'Save decision' })).not.toBeInTheDocument();
  await user.click(screen.getByLabelText('Pause: build the foundations before launching'));
  const reason = screen.getByLabelText(/Why did your team choose Pause instead of Go/);
  await user.click(reason);
  await user.tab();
  expect(screen.getByText('Explain why your team chose a different decision')).toBeInTheDocument();
  await user.type(reason, 'New principal starts in June');
  expect(screen.queryByText('Explain why your team chose a different decision')).not.toBeInTheDocument();

  // Leave at once, before the typing pause has passed: nothing is lost.
  await user.click(screen.getByRole('button', { name: 'Back to your answers' }));
  expect(useAppStore.getState().plan.decisionOverride).toEqual({ value: 'pause', reason: 'New principal starts in June' });
  act(() => useAppStore.getState().goTo({ name: 'results' }));
  expect(await screen.findByLabelText('Pause: build the foundations before launching')).toBeChecked();
  expect(screen.getByLabelText(/Why did your team choose Pause instead of Go/)).toHaveValue('New principal starts in June');
  expect(toPlanDocumentData(useAppStore.getState(), new Date()).decision).toMatchObject({
    value: 'pause',
    override: { reason: 'New principal starts in June' },
  });
});

test('a decision being typed is kept at once when the page is hidden, and the PDF data shows it', async () => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  startAt('results');
  await user.click(screen.getByLabelText(/^Reconsider the role/));
  await user.type(screen.getByLabelText(/Why did your team choose Reconsider the role/), 'Coaches already do this');
  act(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  const saved = JSON.parse(localStorage.getItem('stem-teacher-leadership-planner') ?? '{}');
  expect(saved.state.plan.decisionOverride).toEqual({ value: 'reconsider', reason: 'Coaches already do this' });
  expect(toPlanDocumentData(useAppStore.getState(), new Date()).decision.label).toMatch(/^Reconsider the role/);
  Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
  vi.useRealTimers();
});

test('a different decision with no reason yet still shows in the PDF data, saying no reason was given', async () => {
  const user = userEvent.setup();
  const { unmount } = startAt('results');
  await user.click(screen.getByLabelText('Adapt: go ahead, but close the main gaps first or alongside'));
  unmount();
  const decision = toPlanDocumentData(useAppStore.getState(), new Date()).decision;
  expect(decision).toMatchObject({ value: 'adapt', override: { reason: 'No reason given yet' } });
});

test('going back to the proposal keeps the reason typed for another choice', async () => {
  const user = userEvent.setup();
  startAt('results');
  await user.click(screen.getByLabelText('Pause: build the foundations before launching'));
  await user.type(screen.getByLabelText(/Why did your team choose Pause/), 'Budget vote in May');
  await user.click(screen.getByLabelText(/^Go: launch the program as planned/));
  await user.click(screen.getByLabelText('Pause: build the foundations before launching'));
  expect(screen.getByLabelText(/Why did your team choose Pause/)).toHaveValue('Budget vote in May');
});

test('a quick check upgrades to a full plan and keeps its ratings', async () => {
  const user = userEvent.setup();
  startAt('results', 'quick');
  expect(screen.queryByRole('button', { name: 'Continue to your plan' })).not.toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Upgrade to a full plan' }));
  expect(useAppStore.getState().mode).toBe('full');
  expect(screen.getByRole('heading', { level: 1, name: 'Assess STEM-related needs' })).toBeInTheDocument();
  expect(screen.getByRole('heading', { name: 'Plan the details' })).toBeInTheDocument();
  expect(useAppStore.getState().steps.needs?.ratings?.currentVsVision?.level).toBe('early');
});

test('accepting a proposed action, then editing its owner, puts it in the plan', async () => {
  const user = userEvent.setup();
  startAt('plan');
  expect(screen.getByRole('heading', { name: 'Action plan (0)' })).toBeInTheDocument();
  await user.click(screen.getAllByRole('button', { name: /^Accept proposed action/ })[0]!);
  expect(screen.getByRole('heading', { name: 'Action plan (1)' })).toBeInTheDocument();
  const exportPanel = screen.getByRole('region', { name: 'Before you export' });
  expect(within(exportPanel).getByText(/^Enter an owner for “Run a needs assessment/)).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: /^Edit action: Run a needs assessment/ }));
  await user.click(screen.getByRole('button', { name: 'Save action' }));
  expect(within(screen.getByRole('alert')).getByText('Enter an owner for this action')).toBeInTheDocument();
  await user.type(screen.getByLabelText('Owner'), 'Ms Rivera');
  await user.click(screen.getByRole('button', { name: 'Save action' }));

  const row = screen.getByRole('article', { name: /Run a needs assessment/ });
  expect(within(row).getByText('Ms Rivera')).toBeInTheDocument();
  expect(within(exportPanel).getByText('Every action has an owner and valid dates.')).toBeInTheDocument();
  expect(screen.getByRole('heading', { name: /Proposed actions \(1\)/ })).toBeInTheDocument();
});

test('a new action needs a due date on or after its start date', async () => {
  const user = userEvent.setup();
  startAt('plan');
  await user.click(screen.getByRole('button', { name: 'Add an action' }));
  await user.type(screen.getByLabelText('Action'), 'Visit a partner school');
  await user.type(screen.getByLabelText('Owner'), 'Mr Chen');
  await user.type(screen.getByLabelText('Start date'), '2027-04-01');
  await user.type(screen.getByLabelText('Due date'), '2027-03-01');
  await user.click(screen.getByRole('button', { name: 'Save action' }));
  expect(within(screen.getByRole('alert')).getByText('The due date must be on or after the start date')).toBeInTheDocument();
  await user.clear(screen.getByLabelText('Due date'));
  await user.type(screen.getByLabelText('Due date'), '2027-05-01');
  await user.click(screen.getByRole('button', { name: 'Save action' }));
  expect(screen.getByRole('article', { name: 'Visit a partner school' })).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Delete action: Visit a partner school' }));
  expect(screen.queryByRole('article', { name: 'Visit a partner school' })).not.toBeInTheDocument();
});

test('the plan shows the job description, the development plan and the sustainability summary', async () => {
  const user = userEvent.setup();
  startAt('plan');
  expect(screen.getByRole('heading', { name: 'Draft job description' })).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Edit job description' }));
  await user.type(screen.getByLabelText('Reports to'), 'Principal');
  await user.click(screen.getByRole('button', { name: 'Done editing' }));
  expect(useAppStore.getState().plan.jobDescription?.reportsTo).toBe('Principal');
  expect(screen.getByRole('button', { name: 'Edit job description' })).toHaveFocus();
  expect(screen.getByRole('table', { name: 'Professional development plan by area' })).toBeInTheDocument();
  expect(screen.getByRole('table', { name: 'Funding for the position by year' })).toBeInTheDocument();
});

test('the plan lists its parts with a status line each, and each link takes the reader to that part', async () => {
  const user = userEvent.setup();
  startAt('plan');
  const [contents] = screen.getAllByRole('navigation', { name: 'Parts of the plan', hidden: true });
  expect(within(contents!).getByText('No actions yet')).toBeInTheDocument();
  expect(within(contents!).getByText('0 of 8 milestones dated')).toBeInTheDocument();
  expect(within(contents!).getByText('Drafted from steps 4 and 6')).toBeInTheDocument();
  await user.click(within(contents!).getByRole('link', { name: 'Draft job description' }));
  expect(screen.getByRole('heading', { level: 2, name: 'Draft job description' })).toHaveFocus();
});
