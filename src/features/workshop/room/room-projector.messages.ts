/** The room on a projector, in English (the base language); Spanish beside it in room-projector.messages.es.ts. */
import { count, defineMessages, params } from '../../../i18n/i18n';

export const roomProjectorMessages = defineMessages('room-projector', {
  /** The browser tab. */
  documentTitle: params('Room on the projector: step {number} of {total} – {title}'),
  /** Before the step's title in the heading: "Step 3 of 7: Examine …". */
  stepCount: params('Step {number} of {total}'),
  previousStep: 'Previous step',
  nextStep: 'Next step',
  showNames: 'Show names',
  /** Under the names toggle, so the facilitator knows what the room can see. */
  namesHidden: 'Names are hidden: the charts show only how many chose each level.',
  namesShown: 'Names are shown beside each level.',
  /** {count} participants in the room. */
  participants: count({ one: '{count} participant in the room.', other: '{count} participants in the room.' }),
  order: 'Most disputed items first.',
  noParticipants: 'No participants yet. Go back to the room and add their files first.',
  /** {number} is the item's number, e.g. 1.3. */
  chartLabel: params('How the room rated item {number}'),
  /** "3 of 12": how many of the participants chose a level. */
  countOf: params('{count} of {total}'),
  noAnswer: 'No answer',
  /** The level the room agreed on, or that none is recorded yet. */
  agreed: params('Consensus: {level}'),
  notAgreed: 'No consensus yet',
  keysTitle: 'Keys',
  keysRecord: 'Tab to an item’s consensus, then use the arrow keys to choose a level: it is recorded at once.',
  keysSteps: 'Page Down or Page Up: next or previous step.',
  keysTimer: 'T: start or pause the timer.',
  keysNames: 'N: show or hide names.',
  keysBack: 'Escape: back to where you came from.',
  characterKeys: 'Use single-key shortcuts (T and N)',
  /** Announced once when a step's countdown reaches zero. */
  timeUpForStep: params('Time is up for step {number}, {title}.'),
  timeUp: 'Time is up.',
});

/** On the room page: the way to the projector view, and to an item's consensus. */
export const roomLinksMessages = defineMessages('room-links', {
  present: 'Show the room on the projector',
  presentHint: 'One step at a time in large type, the most disputed items first, with a timer; record the consensus there from the keyboard.',
  /** {number} is the item's number: the link goes to the item's consensus choice. */
  toConsensus: params('Record the consensus for item {number}'),
});
