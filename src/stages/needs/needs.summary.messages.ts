/** Step needs's title and purpose: all the start page needs, so it loads without the step's full content. */
import { defineMessages } from '../../i18n/i18n';

export const needsSummary = defineMessages('stage-needs-summary', {
  title: 'Assess STEM-related needs',
  shortTitle: 'Needs',
  purpose:
    'Find out how far current STEM practice is from your vision, what resources and expertise you have, and whether a STEM teacher leader would add value.',
});
