/**
 * The facilitator room's wording in English (the base language); Spanish beside it in room.messages.es.ts.
 * One part per piece of the screen, matching its files.
 */
import { count, defineMessages, params } from '../../../i18n/i18n';

export const roomPageMessages = defineMessages('room-page', {
  documentTitle: 'Workshop room',
  caption: 'For facilitators',
  title: 'Workshop room: individual, then team',
  lead: 'Each participant or team rates readiness on their own device and saves a copy. Open their files here to see where the room agrees and where it does not, talk through the most disputed items, and record the rating the room agrees on. The room is a session of its own: your own answers in this browser never change unless you choose to use the consensus as a team plan.',
  /** {title} is the source's title (a citation), {page} its page's title. */
  source: 'The readiness items come from the implementation steps in {title}: “{page}”.',
  sessionTitle: 'This room',
  roomNameLabel: 'Name of this room (optional)',
  roomNameHint: 'For example “Tuesday cohort, Lincoln district”. It names the saved room file and the report.',
  saveRoom: 'Save the room',
  openRoom: 'Open a room',
  openRoomHint: 'A room file saved earlier with “Save the room”. It replaces the room on this screen, never your own answers.',
  replaceRoomTitle: 'Replace the room in use?',
  replaceRoomDetail: params('Opening “{fileName}” replaces this room’s participants, ratings and consensus. Save the room first to keep them.'),
  saveRoomFirst: 'Save this room first, then open',
  replaceRoom: 'Open and replace',
  cancel: 'Cancel',
  /** {fileName} is shown as a file name. */
  roomNotOpened: '“{fileName}” was not opened',
  roomOpened: 'The room file was opened.',
  teamPlanMade: 'The consensus ratings are now the team plan in this browser.',
  seeTeamResults: 'See the team’s results',
  undo: 'Undo',
  dismiss: 'Dismiss',
  participantsTitle: 'Participants',
  noParticipants: 'No participants yet. Add their files above.',
  participantsCaption: params('Participants ({count})'),
  nameColumn: 'Participant',
  organisationColumn: 'School or district',
  groupColumn: 'Group or table',
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
  /** {done} files of {count} read and checked so far. */
  readingProgress: count({ one: 'Reading {done} of {count} file', other: 'Reading {done} of {count} files' }),
  added: count({ one: 'Added {count} participant.', other: 'Added {count} participants.' }),
  notAdded: count({
    one: '{count} file was not added; see why below.',
    other: '{count} files were not added; see why below.',
  }),
  updatesWaiting: count({
    one: '{count} file is from someone already in the room; choose below whether it replaces their ratings.',
    other: '{count} files are from people already in the room; choose below whether they replace their ratings.',
  }),
  notAddedTitle: params('Files not added ({count})'),
  dismissOne: 'Dismiss',
  dismissOneLabel: params('Dismiss the note about {fileName}'),
  dismissAll: 'Dismiss all these notes',
  updatesTitle: params('Updated files from people already in the room ({count})'),
  updateQuestion: params('{name} is already in the room (from “{previousFile}”). “{fileName}” is a newer file of theirs with different ratings. Replace their earlier ratings?'),
  replaceRatings: params('Replace {name}’s ratings'),
  keepRatings: params('Keep {name}’s earlier ratings'),
  checkerFailed:
    'The part of the app that checks plan files could not be loaded. Check your connection and try again.',
  unreadable: 'This file could not be read. It may have been moved or deleted.',
  duplicate: params('This same file is already in the room (as {name}), so it was skipped.'),
  sameRatings: params('{name} is already in the room with these same ratings, so this file was skipped.'),
  sameParticipantInBatch: params(
    'Another file in this batch is also from {name}, with different ratings. Only the first was used; add this one on its own to choose whether it replaces them.',
  ),
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
    'For each item, record the rating the room agrees on. It is kept in the room only; your own answers do not change.',
  stepTitle: params('Step {number}. {title}'),
  /** {agreed} items of the step's {count} have a consensus. */
  itemsAgreed: count({ one: '{agreed} of {count} item agreed.', other: '{agreed} of {count} items agreed.' }),
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
  teamPlanTitle: 'From consensus to a team plan',
  /** {count} steps whose items all have a consensus. */
  teamPlanIntro: count({
    one: 'When the room is done, the consensus can become a team plan (a quick check) in this browser. {count} step has a consensus for every item and would be saved; steps with items still open are left for the team to rate.',
    other: 'When the room is done, the consensus can become a team plan (a quick check) in this browser. {count} steps have a consensus for every item and would be saved; steps with items still open are left for the team to rate.',
  }),
  teamPlanNeedsConsensus: 'Record a consensus for every item of at least one step first.',
  useAsTeamPlan: 'Use these consensus ratings as a team plan',
  replacePlanTitle: 'Replace the answers in this browser?',
  replacePlanDetail:
    'This browser already holds a plan. The team plan from the consensus replaces it; you can undo straight after. Save a copy first to keep it as a file.',
  saveCopyFirst: 'Save a copy first, then replace',
  replacePlan: 'Replace with the team plan',
  cancel: 'Cancel',
});

export const roomReportMessages = defineMessages('room-report', {
  title: 'Room report and the next group',
  intro: 'The report holds the participants, the spread per step and item, the most disputed items and the consensus.',
  download: 'Download the room report (PDF)',
  blocked: 'Add at least one participant’s file first.',
  nextGroup: 'When this group is done, clear the room before the next one arrives. Your own answers stay as they are.',
});
