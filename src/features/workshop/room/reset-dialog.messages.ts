/**
 * "Reset for the next group" in English (the base language); Spanish beside it in reset-dialog.messages.es.ts.
 * A file of its own: the app's header offers the reset, so this wording loads with the start page, and the rest
 * of the room's wording (room.messages.ts) with the room.
 */
import { defineMessages } from '../../../i18n/i18n';

export const roomResetMessages = defineMessages('room-reset', {
  button: 'Reset for the next group',
  title: 'Reset for the next group?',
  detail:
    'This clears the workshop room (its name, the participants, their ratings and the consensus) from this computer. Your own answers are not changed. Save the room first to keep it as a room file.',
  saveAndReset: 'Save the room and reset',
  resetWithoutSaving: 'Reset without saving',
  cancel: 'Cancel',
});
