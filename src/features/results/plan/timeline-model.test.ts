import { blankAction } from './plan-model';
import { milestoneRows, orderTimeline, timeAxis, timelineEntries } from './timeline-model';
import { emptyPlan } from '../../../store/plan-slice';

test('orders by date, undated last, keeping the order of ties and of undated entries', () => {
  const entries = [
    { id: 'a', date: '' },
    { id: 'b', date: '2027-03-01' },
    { id: 'c', date: '2027-01-15' },
    { id: 'd', date: '' },
    { id: 'e', date: '2027-03-01' },
  ];
  expect(orderTimeline(entries).map((e) => e.id)).toEqual(['c', 'b', 'e', 'a', 'd']);
});

test('milestones and actions share one axis; an action sits at its due date, or its start without one', () => {
  const plan = {
    ...emptyPlan(),
    milestones: [
      {
        id: 'launch',
        key: 'launch' as const,
        label: '',
        date: '2027-08-20',
        owner: 'Principal',
        done: false,
      },
      { id: 'm1', key: null, label: 'Board visit', date: '2027-02-01', owner: '', done: true },
    ],
    actions: [
      { ...blankAction('x'), action: 'Write the case', start: '2027-01-05', due: '2027-02-15' },
      { ...blankAction('y'), action: 'Recruit', start: '2027-04-01', due: '' },
    ],
  };
  const entries = timelineEntries(plan);
  expect(entries.slice(0, 4).map((e) => [e.kind, e.label, e.date])).toEqual([
    ['milestone', 'Board visit', '2027-02-01'],
    ['action', 'Write the case', '2027-02-15'],
    ['action', 'Recruit', '2027-04-01'],
    ['milestone', 'Program launch', '2027-08-20'],
  ]);
  // The seven undated launch milestones follow, in their usual order.
  expect(entries.slice(4).map((e) => e.id)).toEqual([
    'visionAgreed',
    'casePresented',
    'jobDescriptionApproved',
    'postAdvertised',
    'leaderAppointed',
    'firstReview',
    'sustainabilityDecision',
  ]);
  expect(entries[0]!.statusLabel).toBe('Done');
});

test('the eight launch milestones are always listed, then the team’s own', () => {
  const rows = milestoneRows({
    milestones: [{ id: 'z', key: null, label: 'Mine', date: '', owner: '', done: false }],
  });
  expect(rows).toHaveLength(9);
  expect(rows[8]!.label).toBe('Mine');
});

test('the axis runs from the first month to the month after the last, with monthly ticks on short spans', () => {
  const axis = timeAxis(
    timelineEntries({
      milestones: [],
      actions: [{ ...blankAction('a'), start: '2027-01-10', due: '2027-03-05' }],
    }),
  );
  expect(axis?.ticks.map((t) => t.label)).toEqual(['Jan 2027', 'Feb 2027', 'Mar 2027', 'Apr 2027']);
  expect(timeAxis(timelineEntries({ milestones: [], actions: [] }))).toBeNull();
});
