/** Step design's title and purpose: all the start page needs, so it loads without the step's full content. */
import { defineMessages } from '../../i18n/i18n';

export const designSummary = defineMessages('stage-design-summary', {
  title: 'Design the model of STEM teacher leadership',
  shortTitle: 'Design',
  purpose:
    'Shape a model that fits your culture, vision, needs and local resources, with the right stakeholders, schedule and role.',
});
