/** The workshop screens' way back, named after where it goes (English; Spanish in back-link.messages.es.ts). */
import { defineMessages } from '../../i18n/i18n';

export const backLinkMessages = defineMessages('workshop-back-link', {
  start: '← Back to the start page',
  stage: '← Back to the step you were on',
  review: '← Back to checking your answers',
  results: '← Back to the results',
  plan: '← Back to the plan',
  presentation: '← Back to the presentation',
  worksheets: '← Back to the worksheets',
  room: '← Back to the workshop room',
  roomPresent: '← Back to the room on the projector',
  privacy: '← Back to the privacy note',
  progress: '← Back to the progress view',
  snapshot: '← Back to the past assessment',
});
