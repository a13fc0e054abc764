/** What the review page lists when a stage is missing or no longer valid. */
import { defineMessages, params } from '../i18n/i18n';

export const assessmentMessages = defineMessages('wizard-validation', {
  completeStage: params('Complete “{stage}”'),
  /** {problem} is the first of the stage's own validation messages. */
  checkStage: params('Check your answers to “{stage}”: {problem}'),
});
