import { count, defineMessages, params } from '../../i18n/i18n';

export const reviewPageMessages = defineMessages('wizard-review', {
  title: 'Check your answers',
  leadQuick: 'Your quick readiness check: every rating you gave, step by step.',
  leadFull: 'Every answer in your plan, step by step. Change anything before you go on.',
  stepHeading: params('Step {number}: {title}'),
  /** The Change button: {answersTo} is read by screen readers only, so each button's name is distinct. */
  change: 'Change {answersTo}',
  answersTo: params('answers to {heading}'),
  /** {page}: the source pages' English titles in quotes (with a gloss in Spanish), as a list. */
  source: params('Source: {page}'),
  allComplete: count({ one: 'The step is complete', other: 'All {count} steps are complete' }),
  savedHere: 'Your answers are saved on this computer.',
  toResults: 'Continue to results',
});
