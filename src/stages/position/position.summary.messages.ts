/** Step position's title and purpose: all the start page needs, so it loads without the step's full content. */
import { defineMessages } from '../../i18n/i18n';

export const positionSummary = defineMessages('stage-position-summary', {
  title: 'Define and staff the STEM teacher leader position',
  shortTitle: 'Position',
  purpose:
    'Write a clear job description with stakeholders, set first goals everyone understands, and choose how to find the right person.',
});
