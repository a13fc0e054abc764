import { defineMessages } from '../../i18n/i18n';

export const stageFormMessages = defineMessages('wizard-stage-form', {
  profileLead: 'A few details that appear on your results and plan.',
  presentStep: 'Present this step on a projector',
  ratingsTitle: 'Rate your readiness',
  ratingsHint: 'For each statement, choose the level that best describes you today, or Not sure yet.',
  questionsTitle: 'Plan the details',
  /** Heading of the profile's questions, for screen readers only. */
  profileQuestionsTitle: 'Your details',
  saveAndContinue: 'Save and continue',
  saveAndReturn: 'Save and return to review',
  back: 'Back',
  keptAsYouType: 'Your answers are kept on this computer as you type, even before you continue.',
});
