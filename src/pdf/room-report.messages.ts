/** The room report PDF's wording in English (the base language); Spanish in room-report.messages.es.ts. */
import { count, defineMessages, params } from '../i18n/i18n';

export const roomReportPdfMessages = defineMessages('room-report-pdf', {
  title: 'Workshop Room Report',
  participants: count({ one: '{count} participant', other: '{count} participants' }),
  /** Document properties (File > Properties in a PDF reader). {participants} is "12 participants". */
  documentTitle: params('{title}: {participants}, {date}'),
  subject: params('Combined readiness ratings of a workshop, based on {source}'),
  author: 'STEM Teacher Leadership Planner',
  keywords: 'STEM, teacher leadership, readiness, workshop, consensus',
  /** The running header, where a plan shows the organisation. */
  header: params('Workshop of {participants}'),

  subtitle: params('Individual, then team: the readiness ratings of {participants}, combined.'),
  madeOn: params('Made on {date}. Based on {source}.'),
  participantsTitle: 'Participants',
  noParticipants: 'No participant files were loaded.',
  participantColumns: { number: '#', name: 'Participant', team: 'Who rated', file: 'File' },

  consensusTitle: 'Consensus',
  /** {agreed} of {count} items; {level} is the overall level. */
  consensusSummary: count({
    one: 'The room agreed a rating for {agreed} of {count} item. Readiness from the consensus alone: {level}.',
    other: 'The room agreed a rating for {agreed} of {count} items. Readiness from the consensus alone: {level}.',
  }),
  consensusColumns: { step: 'Step', agreed: 'Items agreed', level: 'Consensus level of the step' },
  agreedOf: params('{agreed} of {total}'),

  disputedTitle: 'Most disputed items',
  noDisputed: 'Every rated item got the same level from everyone who rated it: nothing is disputed.',
  disputedColumns: {
    item: 'Item',
    statement: 'Statement',
    range: 'Range',
    levelsApart: 'Levels apart',
    consensus: 'Consensus',
  },

  stepSpreadTitle: 'Spread by step',
  stepSpreadIntro: 'How many participants’ ratings roll up to each level for each step, under the rule below.',
  stepSpreadColumns: { step: 'Step', notEnough: 'Not enough answers', range: 'Range' },

  itemSpreadTitle: 'Spread by item',
  stepHeading: params('Step {number}. {title}'),
  /** The counts' columns are narrow (about 30 pt at 6.5 pt type): keep each word short enough to fit on a line. */
  itemColumns: { item: 'Item', statement: 'Statement', noAnswer: 'No answer', consensus: 'Consensus' },

  rulesTitle: 'How the levels are worked out',
  sourceTitle: 'Source',
  /** {page} is the source page's title, cited in English. */
  sourceNote: params('The readiness items are written in the tool’s own words, drawing on “{page}”.'),
});
