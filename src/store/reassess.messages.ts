/** Starting a reassessment, from a snapshot or a plan file (issue 14); shared by the start and snapshot pages. */
import { defineMessages, params } from '../i18n/i18n';

export const reassessMessages = defineMessages('store-reassess', {
  question: params('Start a reassessment from the snapshot of {date}?'),
  replaces:
    'Your current answers will be replaced by the snapshot’s answers and plan. They are not kept unless you finished them as a snapshot or saved a copy.',
  otherOrg: params('The snapshot is for “{baseline}”, but your current answers are for “{current}”. Use it only if it is really your school or district.'),
  confirm: 'Start the reassessment',
  startFresh: 'Your ratings, evidence, answers and plan start from the snapshot. Change what has changed; each rating shows what it was last time.',
  // Plan files as a baseline.
  fromFileLabel: 'Start a reassessment from a plan file',
  fromFileHint: 'A plan file saved earlier (.json) from this app. Its ratings become the baseline.',
  noRatings: 'This file holds no ratings on the Early to Model continuum, so there is nothing to compare against. Nothing was changed.',
  lastTime: params('Last time: {level}'),
  lastTimeNotes: params('{lastTime}. Evidence last time: {notes}'),
});
