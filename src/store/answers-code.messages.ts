/** What is wrong with a pasted answers code (answers-code.ts), in English; Spanish in answers-code.messages.es.ts. */
import { defineMessages, params } from '../i18n/i18n';

export const answersCodeMessages = defineMessages('answers-code', {
  empty: 'Paste a code first.',
  notCode:
    'This is not an answers code from this app. A code starts with “STL1.”; ask the participant to show theirs again with “Show my answers as a code”.',
  /** {version} is the code's version number. */
  newer: params(
    'This code comes from a newer version of the app (code version {version}). Ask the participant for their saved file instead.',
  ),
  damaged:
    'This code is incomplete or was changed on the way: its check does not match. Copy all of it again, from the first character to the last.',
  cannotUnpack: 'This browser cannot unpack answers codes. Use an up-to-date browser, or ask for the participant’s saved file.',
  /** {max} is the longest code the app makes, in characters. */
  tooLong: params('This is longer than any code the app makes ({max} characters at most).'),
});
