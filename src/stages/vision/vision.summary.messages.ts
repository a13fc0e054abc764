/** Step vision's title and purpose: all the start page needs, so it loads without the step's full content. */
import { defineMessages } from '../../i18n/i18n';

export const visionSummary = defineMessages('stage-vision-summary', {
  title: 'Establish a vision for STEM education and teacher leadership',
  shortTitle: 'Vision',
  purpose:
    'Agree on what STEM education should look like here, the part a STEM teacher leader plays in it, and why it matters.',
});
