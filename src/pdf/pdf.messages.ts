/**
 * The fixed wording of the PDFs, in English (the base language); Spanish beside it in pdf.messages.es.ts.
 * Everything else a PDF prints arrives already worded in its document data (plan-document.ts).
 */
import { count, defineMessages, params } from '../i18n/i18n';

/** Shared by every PDF the app builds: document properties and the running header and footer. */
export const pdfCommonMessages = defineMessages('pdf-common', {
  /** The app, named as the PDF's creator in its properties. */
  creator: 'STEM Teacher Leadership Planner',
  /** A browser with no Web Workers cannot build the PDF off the page. */
  noWorker: 'This browser cannot build PDFs in the background. Use a current Chrome, Edge, Firefox or Safari.',
  basedOn: params('Based on {source}'),
  pageOf: params('Page {page} of {total}'),
  /** A field the team left blank; printed in a lighter colour. */
  notProvided: 'Not provided',
});

/** The implementation plan and the quick check's readiness report. */
export const pdfPlanMessages = defineMessages('pdf-plan', {
  title: {
    full: 'STEM Teacher Leadership Implementation Plan',
    quick: 'STEM Teacher Leadership Readiness Report',
  },
  /** Document properties: {source} is the source's title. */
  documentTitle: params('{title}: {orgName}'),
  subjectFull: params('Implementation plan based on {source}'),
  subjectQuick: params('Readiness report based on {source}'),
  keywords: 'STEM, teacher leadership, implementation plan',
  source: params('Source: {source}'),
  stepTitle: params('Step {number}. {title}'),
  noActions: 'No actions have been planned yet.',

  cover: {
    preparedBy: 'Prepared by',
    assessmentDate: 'Assessment date',
    generated: 'Document generated',
    planningTeam: 'Planning team',
    overallReadiness: 'Overall readiness',
  },
  coverNote: params(
    'This document was prepared with a planning tool built on {source}, reflections by the STEM teacher leader community. The answers and plans are the team’s own; the guidance paraphrases the source pages listed at the end.',
  ),

  summary: {
    title: 'Executive summary',
    decision: 'Decision on whether to go ahead',
    why: 'Why',
    overridden: 'The team’s decision differs from the tool’s proposal',
    overallReadiness: 'Overall readiness',
    topGaps: 'Top gaps',
    noGaps: 'No item was rated below Prepared.',
    nextActions: 'Next three actions',
    columns: { action: 'Action', owner: 'Owner', due: 'Due' },
  },
  proposedByTool: params('Proposed by the tool: {label}'),
  changeReason: params('Reason for the change: {reason}'),
  overallLine: params('{level}. {explanation}'),
  gapStep: params('Step {number}, {title} · Rated: {rating}'),
  recommendation: params('Recommendation: {recommendation}'),

  profile: {
    title: 'Readiness profile',
    intro:
      'Each bar shows the level reached on one of the seven steps, from Early through Developing and Prepared to Model. The level is written on each bar; the same figures follow in a table.',
    tableHeading: 'The same figures as a table',
    ruleHeading: 'How the levels are worked out',
    columns: { step: 'Step', level: 'Level', itemsRated: 'Items rated', notSure: 'Not sure yet' },
  },
  ratedOf: params('{rated} of {total}'),

  steps: {
    quickTitle: 'Ratings by step',
    ratings: 'Readiness ratings',
    answers: 'Answers',
    columns: { statement: 'Statement', level: 'Level', notes: 'Evidence and notes' },
  },

  actionPlan: {
    title: 'Action plan',
    columns: {
      action: 'Action',
      step: 'Step',
      owner: 'Owner',
      start: 'Start',
      due: 'Due',
      resources: 'Resources',
      successMeasure: 'Success measure',
      status: 'Status',
    },
  },
  actionPlanIntro: count({
    one: '{count} action, in the order the team listed them. The Step column gives the number of the step the action belongs to (see the readiness profile).',
    other:
      '{count} actions, in the order the team listed them. The Step column gives the number of the step the action belongs to (see the readiness profile).',
  }),
  /** The action plan's Step column: the step's number only, as step titles are long. */
  stepNumber: params('Step {number}'),

  job: {
    title: 'Draft job description',
    none: 'No job description has been drafted yet.',
    intro: 'A starting draft assembled from the team’s answers in step 6, to be refined with human resources.',
  },
  pd: {
    title: 'Professional development plan for the teacher leader',
    none: 'No professional development has been planned yet.',
    columns: {
      area: 'Area',
      currentStrength: 'Current strength',
      priority: 'Priority',
      plannedSupport: 'Planned support',
      timeline: 'Timeline',
    },
  },
  sustainability: {
    title: 'Sustainability summary',
    none: 'No sustainability plan has been written yet.',
    fundingByYear: 'Funding by year',
    columns: { year: 'Year', source: 'Funding source', details: 'Details' },
    transition: 'Moving positions to recurring funding',
    elementsToSustain: 'Deciding which elements to sustain',
    evidence: 'Evidence from the evaluation plan',
    partners: 'Partners',
  },
  approachesTitle: 'Approaches to consider',

  sources: {
    title: 'Sources',
    intro:
      'The readiness statements, level descriptions and recommendations in this document are written in the tool’s own words, drawing on the pages below. Each item names the page it comes from.',
    stateResources: 'State resources reviewed',
    none: 'None recorded.',
  },
  /** A source page's title, cited in its own language. */
  quoted: params('“{text}”'),
});
