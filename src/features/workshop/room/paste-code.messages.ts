/** Pasting a participant's answers code into the room (English; Spanish in paste-code.messages.es.ts). */
import { defineMessages, params } from '../../../i18n/i18n';

export const pasteCodeMessages = defineMessages('room-paste-code', {
  label: 'Or paste a participant’s code',
  hint: 'For rooms without USB sticks or a shared drive: a participant chooses “Show my answers as a code” under “Your data” and sends or shows you the text. Paste all of it here; it is checked like a file.',
  add: 'Add from the code',
  /** Stands in for a file name in the room for answers that came as a code; {number} counts codes this session. */
  codeName: params('pasted code {number}'),
});
