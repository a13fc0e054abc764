/** Step programming's title and purpose: all the start page needs, so it loads without the step's full content. */
import { defineMessages } from '../../i18n/i18n';

export const programmingSummary = defineMessages('stage-programming-summary', {
  title: 'Examine successful STEM education programming',
  shortTitle: 'Programming',
  purpose:
    'Learn from models, programs and state guides that work, so the teacher leader role can be designed with purpose.',
});
