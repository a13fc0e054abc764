/**
 * Wording of the plan's new parts (issue 12 §2) in English; Spanish beside it in plan-parts.messages.es.ts.
 * Names of stored values (categories, sources, audiences…) and field checks are in src/store/plan-parts.messages.ts.
 */
import { defineMessages, params } from '../../../i18n/i18n';

export const planPartsMessages = defineMessages('plan-parts', {
  keptAsYouType: 'Changes are kept as you type; the plan and its PDF show them.',
  notChosen: 'Not chosen',
  notProvided: 'Not provided',
  rowAdded: 'Row added.',
  rowRemoved: 'Row removed.',
  /** Listed before export when a field holds text that cannot go into the plan yet; {part} is a section heading. */
  fixBeforeExport: params(
    'Fix the entry marked in “{part}”: what you typed is kept, but the plan cannot show it yet',
  ),
});

export const budgetMessages = defineMessages('plan-budget', {
  heading: 'Budget and funding, three years',
  edit: 'Edit the budget',
  done: 'Done editing the budget',
  linesCaption: 'Cost lines',
  hint: 'What the program costs each year and who pays. Amounts are in US dollars; leave a year blank when there is no cost or it is not known yet. Suggested lines come from your funding answers in step 5, with no amounts filled in for you.',
  lineLegend: params('Cost line {number}'),
  item: 'What it pays for',
  category: 'Category',
  amount: params('{year} amount (US$)'),
  source: 'Funding source',
  recurrence: 'One-off or recurring',
  leaderPosition: 'This line pays for the teacher leader position',
  add: 'Add a cost line',
  remove: params('Remove cost line {number}'),
  empty: 'No cost lines yet.',
  positionLine: 'Teacher leader position',
  totalsCaption: 'Totals by year and funding source',
  sourceColumn: 'Funding source',
  total: 'Total',
  noSource: 'Source not chosen',
  shareNoPositionLine:
    'Mark the lines that pay for the teacher leader position to see how much of it recurring district funds cover by year 3.',
  shareNoYear3:
    'Enter year 3 amounts for the teacher leader position to see how much of it recurring district funds cover.',
  shareAll: params(
    'By year 3, recurring district funds pay all of the teacher leader position ({recurring} of {total}).',
  ),
  sharePart: params(
    'By year 3, recurring district funds pay {percent} of the teacher leader position ({recurring} of {total}). A plan to move the rest from grants or other sources to recurring funds helps the position last (step 5).',
  ),
});

export const timelineMessages = defineMessages('plan-timeline', {
  heading: 'Timeline and milestones',
  edit: 'Edit the milestones',
  doneEditing: 'Done editing the milestones',
  hint: 'The milestones a launch needs, with dates and owners, and your action rows on the same time axis. Add your own milestones if you need more.',
  date: 'Milestone date',
  owner: 'Who is responsible',
  done: 'Done',
  label: 'Milestone',
  customLegend: params('Your milestone {number}'),
  add: 'Add a milestone',
  remove: params('Remove your milestone {number}'),
  untitledMilestone: 'Untitled milestone',
  untitledAction: 'Untitled action',
  notDone: 'Not done',
  chartTitle: 'Timeline of milestones and actions',
  chartDescription: params(
    '{count} dated entries from {from} to {to}. The table below lists the same entries.',
  ),
  chartRegion: 'Timeline chart (scrolls sideways on small screens)',
  noDates: 'Add dates to milestones or actions to see them on the timeline.',
  legendMilestone: 'Milestone: diamond',
  legendAction: 'Action: bar from start to due date',
  legendDone: 'Done: filled, with a tick',
  tableCaption: 'Milestones and actions by date',
  columns: {
    number: '#',
    what: 'What',
    kind: 'Kind',
    owner: 'Owner',
    date: 'Date',
    status: 'Status',
  },
  kinds: { milestone: 'Milestone', action: 'Action' },
  noDate: 'No date yet',
  dateRange: params('{start} to {due}'),
});

export const evaluationMessages = defineMessages('plan-evaluation', {
  heading: 'Evaluating the program',
  /** Under "Deciding which elements to sustain": what the evaluation will tell the team. */
  evidenceHeading: 'Evidence from your evaluation plan',
  evidenceLine: params('{benefit}: {indicator}'),
  evidenceTarget: params('target {target}'),
  evidenceReview: params('review on {date}'),
  edit: 'Edit the indicators',
  done: 'Done editing the indicators',
  tableCaption: 'How you will know the program works',
  hint: 'How you will know the program works, separate from evaluating the teacher leader: one row for each benefit your team chose as a priority in step 2. What you learn helps decide which elements to sustain.',
  rowLegend: params('Indicator {number}'),
  benefit: 'Benefit',
  indicator: 'Indicator',
  indicatorHint: 'What you will measure or observe.',
  dataSource: 'Data source',
  baseline: 'Baseline',
  target: 'Target',
  reviewDate: 'Review date',
  add: 'Add an indicator',
  remove: params('Remove indicator {number}'),
  empty: 'No indicators yet. Choose priority benefits in step 2, or add one here.',
});

export const communicationMessages = defineMessages('plan-communication', {
  heading: 'Communication plan',
  edit: 'Edit the messages',
  done: 'Done editing the messages',
  tableCaption: 'Who you will tell, what, how and when',
  hint: 'Who you will tell, what, how, who tells them and when. Messages start from your vision’s “why” (step 2) and your case for implementation (step 4).',
  rowLegend: params('Message {number}'),
  audience: 'Audience',
  message: 'Message',
  channel: 'Channel',
  channelHint: 'For example a staff meeting, a newsletter or a board presentation.',
  owner: 'Who tells them',
  when: 'When',
  add: 'Add a message',
  remove: params('Remove message {number}'),
  empty: 'No messages yet.',
});

export const roleDesignMessages = defineMessages('plan-role-design', {
  heading: 'Role design checks',
  edit: 'Edit the role design',
  done: 'Done editing the role design',
  hint: 'Record how the role will work. Nothing here is prescribed; the checks point out answers that pull against each other.',
  protectedPercent: 'Share of the teacher leader’s time protected for the role (%)',
  protectedPercentHint:
    '100 means out of the classroom full-time; a hybrid role keeps some teaching.',
  coverage: 'Who covers the leader’s other duties during that time',
  teachersServed: 'Number of teachers the role serves',
  schoolsServed: 'Number of schools the role serves',
  selectionCriteria: 'Selection criteria',
  selectionCriteriaHint: 'Suggested from the essential competencies in step 6.',
  payType: 'Pay type',
  checksHeading: 'Checks',
  noWarnings: 'No contradictions found in what is recorded.',
  percentValue: params('{percent} of the leader’s time'),
  /** A warning with a number in it, so it sits outside `warnings` (variables work at the top level only). */
  fullTimePartRelease: params(
    'Step 4 describes a full-time role out of the classroom, yet only {percent} of the leader’s time is protected for it.',
  ),
  warnings: {
    hybridFullRelease:
      'Step 4 describes a hybrid role, in which the leader keeps teaching part of the time, yet all of the leader’s time is protected for the role: that is a full-time role out of the classroom.',
    noProtectedTime:
      'No time is protected for the role. Time is the barrier most often named; without it the role comes on top of a full teaching load.',
    protectedTimeUndecided:
      'How much of the leader’s time is protected for the role is not recorded yet.',
    noCoverage:
      'Time is protected, but nobody is named to cover the leader’s other duties during it.',
    noReportingLine:
      'The job description has no reporting line: say whom the teacher leader reports to (step 6, or edit the job description).',
  },
});
