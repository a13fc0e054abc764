/** "Show my answers as a code" (English; Spanish in answers-code.messages.es.ts). */
import { defineMessages } from '../../i18n/i18n';

export const answersCodeDialogMessages = defineMessages('data-answers-code', {
  open: 'Show my answers as a code',
  openHint: 'For a workshop without USB sticks or a shared drive: a block of text to copy and send to the facilitator.',
  title: 'Your answers as a code',
  privacy:
    'The code holds your name, group, profile and readiness ratings: not your notes, other answers or plan. It is made on this computer and goes nowhere unless you copy it or show it.',
  making: 'Making the code…',
  label: 'Code to give the facilitator',
  copy: 'Copy the code',
  copied: 'Copied. Paste it where the facilitator asked (a chat message or an email, for example).',
  copyFailed: 'This browser did not let the app copy. The code is selected: copy it with Ctrl+C (⌘C on a Mac).',
  noRatings: 'There are no readiness ratings to share yet. Rate at least one step first.',
  failed: 'The code could not be made in this browser. Use “Save a copy” instead.',
  close: 'Close',
});
