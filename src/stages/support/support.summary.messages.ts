/** Step support's title and purpose: all the start page needs, so it loads without the step's full content. */
import { defineMessages } from '../../i18n/i18n';

export const supportSummary = defineMessages('stage-support-summary', {
  title: 'Support the STEM teacher leader',
  shortTitle: 'Support',
  purpose:
    'People new to these positions may have gaps that professional development can strengthen. Plan it to match their needs in six areas.',
});
