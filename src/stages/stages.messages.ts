/** Validation wording shared by every stage's schema (GOV.UK style: say what to do). */
import { defineMessages, params } from '../i18n/i18n';

export const stageMessages = defineMessages('stages', {
  chooseLevel: params('Choose a level for “{statement}”, or choose Not sure yet'),
  notesTooLong: 'Enter evidence or notes of at most {max} characters',
});
