/** The caption above each stage's heading and the page title built from it. */
import { defineMessages, params } from '../i18n/i18n';

export const stageHeadingMessages = defineMessages('wizard-stage-heading', {
  /** Caption above the profile, which comes before the numbered steps. */
  beforeYouStart: 'Before you start',
  stepOf: params('Step {number} of {total}'),
  /** The browser tab for a step: the caption, then the step's title. */
  stepPageTitle: params('Step {number} of {total} – {title}'),
});
