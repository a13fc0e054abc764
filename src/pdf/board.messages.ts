/**
 * The wording of the board summary and of the plan parts a board asks about (issue 12 §3), in English;
 * Spanish in board.messages.es.ts. Shared by the board summary PDF, the full plan PDF and the Word file.
 */
import { count, defineMessages, params } from '../i18n/i18n';

export const pdfBoardMessages = defineMessages('pdf-board', {
  title: 'STEM Teacher Leadership Plan: Board Summary',
  /** The board summary inside the full plan. */
  sectionTitle: 'Board summary',
  subject: params('Board summary of an implementation plan based on {source}'),
  preparedLine: params('Prepared by {role} · Assessment date {date}'),
  readiness: 'Readiness by step',
  readinessNote: params('Overall readiness: {level}. {explanation}'),
  topGaps: 'The five most important gaps and the action that closes each',
  topGapsMore: count({
    one: '{count} more gap is listed in the readiness detail of the full plan.',
    other: '{count} more gaps are listed in the readiness detail of the full plan.',
  }),
  gapColumns: { gap: 'Gap', step: 'Step', rating: 'Rated', action: 'Action that closes it', who: 'Owner and due date' },
  /** Shown when no action row closes the gap yet: the tool's recommendation stands in. */
  recommended: params('Recommended: {recommendation}'),
  ownerDue: params('{owner}, {due}'),
  noOwner: 'Not yet assigned',
  timeline: 'Timeline',
  timelineMore: count({
    one: '{count} more action is in the action plan.',
    other: '{count} more actions are in the action plan.',
  }),
  timelineNone: 'No milestones or dated actions yet.',
  timelineLegend: { milestone: 'Milestone', action: 'Action (start to due date)' },
  undated: 'Not yet dated',
  budget: 'Budget: totals by year and by source',
  budgetNone: 'No budget has been drawn up yet.',
  budgetColumns: { source: 'Funding source', total: 'Total', item: 'Cost line', category: 'Category', recurrence: 'One-off or recurring' },
  totalRow: 'Total',
  evaluation: 'How we will know the program works',
  evaluationNone: 'No evaluation indicators have been set yet.',
  evaluationColumns: {
    benefit: 'Benefit',
    indicator: 'Indicator',
    dataSource: 'Data source',
    baseline: 'Baseline',
    target: 'Target',
    reviewDate: 'Review date',
  },

  /** Progress since the baseline (issue 14), in the Word file's board summary; the PDF draws it in sections/progress.ts. */
  progress: params('Progress since {date}'),
  progressColumns: { step: 'Step', baseline: 'Then', current: 'Now' },
  progressMoved: params('{statement} ({step}): {from} → {to}'),

  /** The full plan's parts after the board summary. */
  readinessDetail: 'Readiness detail',
  allGaps: 'All gaps, in ranked order',
  allGapsColumns: { rank: '#', step: 'Step', statement: 'Statement', rating: 'Rated' },
  sourcesOnce: params('Sources for this section: {sources}'),
  timelineSection: 'Timeline and milestones',
  milestonesTable: 'Milestones',
  milestoneColumns: { milestone: 'Milestone', owner: 'Owner', date: 'Date', status: 'Status' },
  actionsOnTimeline: 'The chart above shows the milestones with the action plan’s rows on the same time axis; each action’s details are in the action plan.',
  budgetSection: 'Budget and funding',
  budgetLines: 'Cost lines',
  budgetBySource: 'Totals by funding source',
  evaluationSection: 'Evaluating the program',
  evaluationIntro: 'Evaluating the program, not the person: one row for each benefit the team chose as a priority in step 2.',
  communicationSection: 'Communication plan',
  communicationNone: 'No communication plan has been written yet.',
  communicationColumns: { audience: 'Audience', message: 'Message', channel: 'Channel', owner: 'Owner', when: 'When' },
  roleDesignSection: 'Role design checks',
  roleDesignNone: 'No role design checks have been recorded yet.',
  roleDesignWarnings: 'Points to resolve',
  stepAnswersSection: 'Each step’s ratings and answers',
  /** Step answers already printed in full in another part of the plan are not repeated. */
  answersElsewhere: params('Answers printed in full in “{part}” are not repeated here.'),
});
