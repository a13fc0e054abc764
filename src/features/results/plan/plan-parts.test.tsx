/** The plan's new parts keep what is typed without a Save button and move focus sensibly (issue 12 §1–2). */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { STAGE_IDS } from '../../../stages/stage-list';
import { useAppStore } from '../../../store/app-store';
import { emptyPlan } from '../../../store/plan-slice';
import { PROFILE, ratedSteps, withAnswers } from '../../../../tests/fixtures/assessment';
import { BudgetSection } from './budget-section';
import { CommunicationSection } from './communication-section';
import { EvaluationSection } from './evaluation-section';
import { RoleDesignSection } from './role-design-section';
import { TimelineSection } from './timeline-section';
import { toPlanDocumentData } from './to-plan-document';

beforeEach(() => {
  useAppStore.setState({
    mode: 'full',
    profile: PROFILE,
    steps: withAnswers(
      ratedSteps(() => 'prepared'),
      {
        vision: {
          benefitPriorities: ['studentEngagement', 'teacherVoice'],
          why: 'Every student does real STEM.',
        },
        design: { roleType: 'hybrid' },
        position: { reportsTo: 'Principal' },
      },
    ),
    completed: [...STAGE_IDS],
    drafts: {},
    plan: emptyPlan(),
    view: { name: 'plan' },
  });
});

/** The Edit button that opens each part's fields. */
const EDIT = {
  budget: 'Edit the budget',
  timeline: 'Edit the milestones',
  evaluation: 'Edit the indicators',
  communication: 'Edit the messages',
  role: 'Edit the role design',
} as const;

/**
 * Render a part with its fields open, and a way to leave the screen and come back to it (what was typed must
 * survive; the fields open again).
 */
async function open(ui: ReactElement, edit: keyof typeof EDIT) {
  const user = userEvent.setup();
  const first = render(ui);
  await user.click(screen.getByRole('button', { name: EDIT[edit] }));
  return {
    user,
    remount: async () => {
      first.unmount();
      render(ui);
      await user.click(screen.getByRole('button', { name: EDIT[edit] }));
    },
  };
}
const group = (name: string | RegExp) => screen.getByRole('group', { name });
const plan = () => useAppStore.getState().plan;

test('budget: every field is kept as typed, across leaving and coming back, and the totals follow', async () => {
  const { user, remount } = await open(<BudgetSection />, 'budget');
  const line = group('Cost line 1');
  const item = within(line).getByLabelText('What it pays for');
  await user.clear(item);
  await user.type(item, 'Stipend');
  await user.type(within(line).getByLabelText('Year 1 amount (US$)'), '6,000');
  await user.type(within(line).getByLabelText('Year 3 amount (US$)'), '4000');
  await user.selectOptions(
    within(line).getByLabelText('Funding source'),
    'Recurring district funds',
  );
  await user.selectOptions(within(line).getByLabelText('One-off or recurring'), 'Recurring');
  await remount();

  const again = group('Cost line 1');
  expect(within(again).getByLabelText('What it pays for')).toHaveValue('Stipend');
  expect(within(again).getByLabelText('Year 1 amount (US$)')).toHaveValue('6000');
  expect(within(again).getByLabelText('Funding source')).toHaveValue('recurringDistrict');
  expect(
    within(again).getByLabelText('This line pays for the teacher leader position'),
  ).toBeChecked();
  const totals = screen.getByRole('table', { name: 'Totals by year and funding source' });
  expect(within(totals).getByRole('row', { name: /^Total/ })).toHaveTextContent(
    'Total$6,000$0$4,000',
  );
  expect(
    screen.getByText(
      /^By year 3, recurring district funds pay all of the teacher leader position \(\$4,000 of \$4,000\)/,
    ),
  ).toBeInTheDocument();
  expect(toPlanDocumentData(useAppStore.getState(), new Date()).budget?.totalsByYear).toEqual([
    6000, 0, 4000,
  ]);
});

test('budget: a negative amount says what to enter, linked to the field, and is kept until fixed', async () => {
  const { user, remount } = await open(<BudgetSection />, 'budget');
  const amount = within(group('Cost line 1')).getByLabelText('Year 2 amount (US$)');
  await user.type(amount, '-500');
  expect(amount).toHaveAccessibleDescription(/Enter zero or more; costs cannot be negative\./);
  expect(amount).toBeInvalid();
  await remount();
  const again = within(group('Cost line 1')).getByLabelText('Year 2 amount (US$)');
  expect(again).toHaveValue('-500');
  expect(again).toHaveAccessibleDescription(/cannot be negative/);
  // The plan keeps its last valid amount (none); the text waits as a draft and blocks export until fixed.
  expect(plan().budget?.[0]?.amounts[1] ?? null).toBeNull();
  expect(Object.values(plan().partDrafts ?? {})).toEqual(['-500']);
});

test('budget: Add focuses the new line’s first field; Remove focuses the next line, or Add after the last', async () => {
  const { user } = await open(<BudgetSection />, 'budget');
  await user.click(screen.getByRole('button', { name: 'Add a cost line' }));
  expect(within(group('Cost line 2')).getByLabelText('What it pays for')).toHaveFocus();
  await user.type(within(group('Cost line 2')).getByLabelText('What it pays for'), 'Materials');
  await user.click(screen.getByRole('button', { name: 'Remove cost line 1' }));
  const remaining = within(group('Cost line 1')).getByLabelText('What it pays for');
  expect(remaining).toHaveFocus();
  expect(remaining).toHaveValue('Materials');
  await user.click(screen.getByRole('button', { name: 'Remove cost line 1' }));
  expect(screen.getByRole('button', { name: 'Add a cost line' })).toHaveFocus();
  expect(plan().budget).toEqual([]);
});

test('timeline: milestone dates, owners and done are kept; the chart and its table show them with actions', async () => {
  useAppStore.setState({
    plan: {
      ...emptyPlan(),
      actions: [
        {
          id: 'a1',
          gapKey: null,
          action: 'Write the case',
          stepId: 'design',
          owner: 'Ana',
          start: '2027-01-04',
          due: '2027-02-26',
          resources: '',
          successMeasure: '',
          status: 'inProgress',
        },
      ],
    },
  });
  const { user, remount } = await open(<TimelineSection />, 'timeline');
  const vision = group('Vision agreed');
  await user.type(within(vision).getByLabelText('Milestone date'), '2027-01-15');
  await user.type(within(vision).getByLabelText('Who is responsible'), 'Team');
  await user.click(within(vision).getByLabelText('Done'));
  await remount();

  const again = group('Vision agreed');
  expect(within(again).getByLabelText('Milestone date')).toHaveValue('2027-01-15');
  expect(within(again).getByLabelText('Who is responsible')).toHaveValue('Team');
  expect(within(again).getByLabelText('Done')).toBeChecked();
  expect(
    screen.getByRole('img', { name: /^Timeline of milestones and actions/ }),
  ).toBeInTheDocument();
  const rows = within(
    screen.getByRole('table', { name: 'Milestones and actions by date' }),
  ).getAllByRole('row');
  expect(rows[1]).toHaveTextContent(/Vision agreed.*Milestone.*Team.*January 15, 2027.*Done/);
  expect(rows[2]).toHaveTextContent(
    /Write the case.*Action.*Ana.*January 4, 2027 to February 26, 2027.*In progress/,
  );
});

test('timeline: the team’s own milestone is added with focus on its name and removed with focus on Add', async () => {
  const { user } = await open(<TimelineSection />, 'timeline');
  await user.click(screen.getByRole('button', { name: 'Add a milestone' }));
  const name = within(group('Your milestone 1')).getByLabelText('Milestone');
  expect(name).toHaveFocus();
  await user.type(name, 'Family STEM night');
  await user.click(screen.getByRole('button', { name: 'Remove your milestone 1' }));
  expect(screen.getByRole('button', { name: 'Add a milestone' })).toHaveFocus();
  expect(plan().milestones).toEqual([]);
});

test('evaluation: one row per priority benefit from step 2; what is typed is kept', async () => {
  const { user, remount } = await open(<EvaluationSection />, 'evaluation');
  expect(within(group('Indicator 1')).getByLabelText('Benefit')).toHaveValue('studentEngagement');
  expect(within(group('Indicator 2')).getByLabelText('Benefit')).toHaveValue('teacherVoice');
  const row = group('Indicator 1');
  await user.type(within(row).getByLabelText('Indicator'), 'STEM club attendance');
  await user.type(within(row).getByLabelText('Data source'), 'Club rosters');
  await user.type(within(row).getByLabelText('Baseline'), '40');
  await user.type(within(row).getByLabelText('Target'), '80');
  await user.type(within(row).getByLabelText('Review date'), '2028-05-30');
  await remount();
  const again = group('Indicator 1');
  expect(within(again).getByLabelText('Indicator')).toHaveValue('STEM club attendance');
  expect(within(again).getByLabelText('Review date')).toHaveValue('2028-05-30');
  expect(plan().evaluation?.map((r) => r.benefit)).toEqual(['studentEngagement', 'teacherVoice']);
  await user.click(screen.getByRole('button', { name: 'Remove indicator 1' }));
  expect(within(group('Indicator 1')).getByLabelText('Benefit')).toHaveFocus();
});

test('communication: messages start from the vision’s why; every field is kept as typed', async () => {
  const { user, remount } = await open(<CommunicationSection />, 'communication');
  const staff = group('Message 1');
  expect(within(staff).getByLabelText('Audience')).toHaveValue('staff');
  expect(within(staff).getByLabelText('Message')).toHaveValue('Every student does real STEM.');
  await user.type(within(staff).getByLabelText('Channel'), 'Staff meeting');
  await user.type(within(staff).getByLabelText('Who tells them'), 'Principal');
  await user.type(within(staff).getByLabelText('When'), '2027-02-01');
  await user.click(screen.getByRole('button', { name: 'Add a message' }));
  expect(within(group('Message 6')).getByLabelText('Audience')).toHaveFocus();
  await user.selectOptions(within(group('Message 6')).getByLabelText('Audience'), 'Other');
  await remount();
  expect(within(group('Message 1')).getByLabelText('Channel')).toHaveValue('Staff meeting');
  expect(within(group('Message 1')).getByLabelText('When')).toHaveValue('2027-02-01');
  expect(within(group('Message 6')).getByLabelText('Audience')).toHaveValue('other');
});

test('role design: answers are kept, contradictions are named in words, a bad share says what to enter', async () => {
  const { user, remount } = await open(<RoleDesignSection />, 'role');
  const checks = () => screen.getByRole('region', { name: 'Checks' });
  expect(checks()).toHaveTextContent(
    'How much of the leader’s time is protected for the role is not recorded yet.',
  );
  await user.type(
    screen.getByLabelText('Share of the teacher leader’s time protected for the role (%)'),
    '100',
  );
  await user.type(screen.getByLabelText('Number of teachers the role serves'), '30');
  await user.type(screen.getByLabelText('Number of schools the role serves'), '2');
  await user.selectOptions(screen.getByLabelText('Pay type'), 'Salary schedule');
  expect(checks()).toHaveTextContent(
    /Step 4 describes a hybrid role.*yet all of the leader’s time is protected/,
  );
  expect(checks()).toHaveTextContent('nobody is named to cover');
  await user.type(
    screen.getByLabelText('Who covers the leader’s other duties during that time'),
    'A long-term substitute',
  );
  await user.type(screen.getByLabelText('Selection criteria'), 'Five years teaching STEM');
  await remount();
  expect(
    screen.getByLabelText('Share of the teacher leader’s time protected for the role (%)'),
  ).toHaveValue('100');
  expect(screen.getByLabelText('Pay type')).toHaveValue('salarySchedule');
  expect(screen.getByLabelText('Selection criteria')).toHaveValue('Five years teaching STEM');
  expect(checks()).not.toHaveTextContent('nobody is named to cover');

  const share = screen.getByLabelText(
    'Share of the teacher leader’s time protected for the role (%)',
  );
  await user.clear(share);
  await user.type(share, '150');
  expect(share).toHaveAccessibleDescription(/Enter a share from 0 to 100 percent\./);
  expect(plan().roleDesign?.protectedPercent).toBe(100);
});

test('what is typed is kept at once when the page is hidden', async () => {
  const { user } = await open(<CommunicationSection />, 'communication');
  await user.type(within(group('Message 2')).getByLabelText('Channel'), 'Newsletter');
  act(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
  const saved = JSON.parse(localStorage.getItem('stem-teacher-leadership-planner') ?? '{}');
  expect(saved.state.plan.communication[1].channel).toBe('Newsletter');
});

test('each part reads as a summary until Edit opens its fields, with focus on the first; Done keeps what was typed', async () => {
  const user = userEvent.setup();
  render(<EvaluationSection />);
  const table = screen.getByRole('table', { name: 'How you will know the program works' });
  expect(within(table).getAllByRole('row')).toHaveLength(3);
  expect(screen.queryByLabelText('Indicator')).not.toBeInTheDocument();
  const edit = screen.getByRole('button', { name: 'Edit the indicators' });
  expect(edit).toHaveAttribute('aria-expanded', 'false');
  await user.click(edit);
  expect(within(group('Indicator 1')).getByLabelText('Benefit')).toHaveFocus();
  await user.type(within(group('Indicator 1')).getByLabelText('Indicator'), 'Lab hours');
  await user.click(screen.getByRole('button', { name: 'Done editing the indicators' }));
  expect(screen.getByRole('button', { name: 'Edit the indicators' })).toHaveFocus();
  expect(within(table).getAllByRole('row')[1]).toHaveTextContent('Lab hours');
});
