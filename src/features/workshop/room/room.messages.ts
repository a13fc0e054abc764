/**
 * The facilitator room's wording in English (the base language); Spanish beside it in room.messages.es.ts.
 * One part per piece of the screen, matching its files.
 */
import { count, defineMessages, params } from '../../../i18n/i18n';

export const roomPageMessages = defineMessages('room-page', {
  documentTitle: 'Workshop room',
  caption: 'For facilitators',
  title: 'Workshop room: individual, then team',
  lead: 'Each participant or team rates readiness on their own device and saves a copy. Open their files here to see where the room agrees and where it does not, talk through the most disputed items, and record the rating the room agrees on.',
  /** {title} is the source's title (a citation), {page} its page's title. */
  source: 'The readiness items come from the implementation steps in {title}: “{page}”.',
  participantsTitle: 'Participants',
  noParticipants: 'No participants yet. Add their files above.',
  participantsCaption: params('Participants ({count})'),
  nameColumn: 'School, district or team',
  teamColumn: 'Who rated',
  fileColumn: 'File',
  remove: 'Remove',
  removeLabel: params('Remove {name} ({fileName})'),
  /** Announced after a participant is removed. */
  removed: params('Removed {name} ({fileName}).'),
});

/** Adding participants' files, and why a file was not added. */
export const roomFilesMessages = defineMessages('room-files', {
  title: 'Add participants’ files',
  label: 'Plan files saved by participants',
  /** {extension} is the plan files' extension (.json). “Save a copy” is the button that saves a plan file. */
  hint: params(
    'Choose several {extension} files at once, or drop them here. Each is a file a participant or team saved with “Save a copy”. Only their names and ratings are kept in the room.',
  ),
  reading: count({ one: 'Reading {count} file…', other: 'Reading {count} files…' }),
  added: count({ one: 'Added {count} participant.', other: 'Added {count} participants.' }),
  notAdded: count({
    one: '{count} file was not added; see why below.',
    other: '{count} files were not added; see why below.',
  }),
  notAddedTitle: params('Files not added ({count})'),
  checkerFailed:
    'The part of the app that checks plan files could not be loaded. Check your connection and try again.',
  unreadable: 'This file could not be read. It may have been moved or deleted.',
  duplicate:
    'A file with this name is already in the room, so it was skipped. Remove the earlier one first if you want to replace it.',
  roomFull: params('The room already has {max} participants, the most it can hold, so this file was skipped.'),
  noRatings: 'This plan file has no readiness ratings yet, so there is nothing to combine from it.',
  /** Stands in for a file's name when it has none. */
  unnamedFile: 'unnamed file',
});

/** How the room's ratings spread, and the most disputed items. */
export const roomSpreadMessages = defineMessages('room-spread', {
  spreadLabel: params('Ratings of item {number}'),
  noAnswer: 'No answer',
  /** {range} is the lowest to the highest level, e.g. "Early–Model". */
  distance: count({ one: '{range}, {count} level apart', other: '{range}, {count} levels apart' }),
  rangeLine: params('Range: {distance}.'),
  disputedTitle: 'Most disputed items',
  noDisputed: 'No item has ratings at different levels: the room rated every item the same way.',
  stepSpreadTitle: 'Spread by step',
  stepSpreadIntro:
    'How many participants’ ratings roll up to each level for each step, under the same rule as the results.',
  stepSpreadCaption: 'Participants at each level, by step',
  stepColumn: 'Step',
  notEnoughColumn: 'Not enough answers',
  rangeColumn: 'Range',
});

/** Recording the room's consensus, and the readiness it gives. */
export const roomConsensusMessages = defineMessages('room-consensus', {
  title: 'Consensus by item',
  intro:
    'For each item, record the rating the room agrees on. It becomes the team’s answer in this browser: the results and the plan use it, and any evidence already written stays.',
  stepTitle: params('Step {number}. {title}'),
  /** {agreed} items of the step's {count} have a consensus. */
  itemsAgreed: count({ one: '{agreed} of {count} item agreed.', other: '{agreed} of {count} items agreed.' }),
  written: 'The consensus is the team’s answer for this step.',
  pending: 'The consensus becomes the team’s answer once every item in this step has one.',
  legend: params('Consensus for item {number}'),
  readinessTitle: 'The group’s consensus readiness',
  /** {agreed} of {count} items; {level} is the overall level (shown in bold). */
  readinessSummary: count({
    one: '{agreed} of {count} item has a consensus. Overall readiness from the consensus: {level}.',
    other: '{agreed} of {count} items have a consensus. Overall readiness from the consensus: {level}.',
  }),
  readinessTable: 'Consensus readiness by step',
  stepColumn: 'Step',
  agreedColumn: 'Items agreed',
  levelColumn: 'Level',
  agreedOf: params('{agreed} of {total}'),
  seeResults: 'See the team’s results',
});

export const roomReportMessages = defineMessages('room-report', {
  title: 'Room report and the next group',
  intro: 'The report holds the participants, the spread per step and item, the most disputed items and the consensus.',
  download: 'Download the room report (PDF)',
  blocked: 'Add at least one participant’s file first.',
  nextGroup: 'When this group is done, clear the room and the answers before the next one arrives.',
});

export const roomResetMessages = defineMessages('room-reset', {
  button: 'Reset for the next group',
  title: 'Reset for the next group?',
  detail:
    'This clears the current answers and the workshop room (participants, their ratings and the consensus) from this computer. Save a copy first to keep them as a plan file.',
  saveAndReset: 'Save a copy and reset',
  resetWithoutSaving: 'Reset without saving',
  cancel: 'Cancel',
});
