/** Step sustainability's title and purpose: all the start page needs, so it loads without the step's full content. */
import { defineMessages } from '../../i18n/i18n';

export const sustainabilitySummary = defineMessages('stage-sustainability-summary', {
  title: 'Plan for sustainability',
  shortTitle: 'Sustainability',
  purpose:
    'Decide before launch how the program will last: how positions will be funded after any grant, which elements to keep, and who will champion it.',
});
