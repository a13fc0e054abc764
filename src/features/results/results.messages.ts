/**
 * The results screen's wording in English (the base language); Spanish beside it in results.messages.es.ts.
 * The rules, levels, reasons and gaps it shows are worded by src/scoring (scoring.messages.ts).
 */
import { count, defineMessages, params } from '../../i18n/i18n';

export const resultsMessages = defineMessages('results-page', {
  title: 'Your readiness results',
  captionQuick: 'Quick readiness check',
  captionFull: 'Full plan',
  lead: params('Where {orgName} stands on the seven steps, the gaps that matter most, and a proposed decision.'),
  leadNoName: 'Where you stand on the seven steps, the gaps that matter most, and a proposed decision.',
  /** Shown instead of the results until every step is complete. */
  notReady: 'Finish every step first. Check your answers to see what is missing.',
  checkAnswers: 'Check your answers',

  /** {level} is the overall level, highlighted. */
  overallHeading: 'Overall readiness: {level}',
  profileHeading: 'Readiness profile',
  ruleHeading: 'How the levels are worked out',
  /** {source} is the cited source page. */
  rubricSource: 'The four levels follow the North Carolina STEM attribute implementation rubrics, cited in {source}',

  gapsHeading: 'Top gaps to close',
  noGaps: 'No gaps: every item is rated Prepared or Model.',
  gapRanking: 'How gaps are ranked',
  gapStep: params('Step {number}: {title}'),
  /** {rating} is the level, highlighted. */
  yourRating: 'Your rating: {rating}',
  servesPriority: 'Affects a benefit you prioritised',
  recommendation: 'Recommendation:',
  /** {source} is the cited source page. */
  source: 'Source: {source}',
  moreGapsInPlan: count({
    one: '{count} more gap is listed in your plan as a proposed action.',
    other: '{count} more gaps are listed in your plan as proposed actions.',
  }),
  moreGapsInFullPlan: count({
    one: '{count} more gap is listed in a full plan as a proposed action.',
    other: '{count} more gaps are listed in a full plan as proposed actions.',
  }),

  decisionHeading: 'Readiness decision',
  /** {decision} is the proposed decision, highlighted. */
  proposed: 'Proposed: {decision}',
  because: 'Because:',
  decisionRule: 'How the decision is proposed',

  reportHeading: 'Your readiness report',
  reportIntro: 'A PDF of this page to share with your leadership team, board or funders.',
  upgradeHeading: 'Turn this into a full plan',
  upgradeText:
    'A full plan adds every question in the seven steps, then an action plan with owners and dates, a draft job description, a development plan for the teacher leader and a sustainability summary. Your ratings and decision are kept.',
  upgrade: 'Upgrade to a full plan',
  continueToPlan: 'Continue to your plan',
  backToAnswers: 'Back to your answers',

  /** The approaches section: an elementary approach the team chose in step 4. */
  inYourDesign: 'In your design',

  /** The summary at the top of the page: what a reader needs first, before the detail. */
  atAGlance: 'At a glance',
  /** {decision} is the decision, highlighted. */
  summaryProposed: 'Proposed decision: {decision}',
  summaryChosen: 'Your team’s decision: {decision}',
  /** {reason} is the first reason the app gives for its proposal. */
  mainReason: params('Main reason: {reason}'),
  teamReason: params('Your reason: {reason}'),
  recordDecision: 'Record your team’s decision',
  firstGapsHeading: 'Gaps to close first',
  firstAction: 'First action:',
  allGapsLink: 'See all top gaps',
  /** The in-page contents list. */
  contentsLabel: 'On this page',
  contentsFigures: 'Readiness profile in figures',
  /** One source line per section, listing the pages its items draw on. */
  sectionSources: 'Sources: {sources}',
  /** Opens the source of one gap, on demand. */
  itemSource: 'Source',
});

export const readinessChartMessages = defineMessages('results-chart', {
  title: 'Readiness profile of the seven steps',
  /** One sentence per step in the chart's description for screen readers. */
  stepLevel: params('Step {number}, {title}: {level}.'),
  caption:
    'Each bar reaches the level the step earned under the rule below. A step with no bar had too few ratings to judge.',
  tableCaption: 'Readiness by step, in figures',
  columns: {
    step: 'Step',
    level: 'Level',
    itemsRated: 'Items rated',
    preparedOrModel: 'Prepared or Model',
    notSure: 'Not sure yet',
  },
  ratedOf: params('{rated} of {total}'),
});

export const decisionFormMessages = defineMessages('results-decision', {
  formLabel: 'Your readiness decision',
  legend: 'Your team’s decision',
  hint: 'Keep the proposal, or choose another and say why.',
  proposedChoice: params('{decision} (proposed)'),
  whyDifferent: params('Why did your team choose {chosen} instead of {proposed}?'),
  keptAsYouChoose: 'Your decision and reason are kept as you choose and type; the report and the plan show them.',
  /** Validation messages; `{max}` is the limit, filled in by the schema. */
  errors: {
    chooseDecision: 'Choose go, adapt, pause or reconsider the role',
    reasonTooLong: 'Enter a reason of at most {max} characters',
    reasonMissing: 'Explain why your team chose a different decision',
  },
});

export const exportPdfMessages = defineMessages('results-export', {
  downloadReport: 'Download the readiness report (PDF)',
  downloadPlan: 'Download the plan (PDF)',
  /** {warning} is `unprintableWarning`, in bold; {characters} the list of characters. */
  unprintable: '{warning} and will appear as □: {characters}',
  unprintableWarning: 'Some characters cannot be printed in the PDF',
  unprintableHint:
    'The PDF font covers Latin (including Vietnamese), Greek and Cyrillic. Emoji and other scripts stay exactly as typed in the app and in saved files.',
  blocked: 'Fix the problems listed under “Before you export” first.',
});
