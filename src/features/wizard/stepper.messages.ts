import { defineMessages, params } from '../../i18n/i18n';

export const stepperMessages = defineMessages('wizard-stepper', {
  navLabel: 'Progress',
  stepsCompleted: params('{done} of {total} steps completed'),
  profile: 'Profile',
  /** A step in the list: its number and short title, e.g. "2. Vision". */
  stepLabel: params('{number}. {title}'),
  /** Read after each stage's name by screen readers. */
  statusCompleted: '(completed)',
  statusCurrent: '(in progress)',
  statusNotStarted: '(not started)',
  checkAnswers: 'Check answers',
  checkAnswersLocked: '(available when every step is done)',
  results: 'Results',
  plan: 'Plan',
});
