/** The "Progress since" section of the plan PDF (issue 14); Spanish beside it. */
import { defineMessages, params } from '../i18n/i18n';

export const pdfProgressMessages = defineMessages('pdf-progress', {
  title: params('Progress since {date}'),
  intro:
    'Each step has two bars: the baseline level (light, hatched) and the current level (dark). Both levels are written beside the bars; the moved items follow in a table.',
  baselineLine: params('Baseline: {level}'),
  nowLine: params('Now: {level}'),
  overall: 'Overall readiness',
  movedHeading: 'Items that moved',
  movedNone: 'No item changed its rating on the continuum.',
  columns: { item: 'Item', step: 'Step', from: 'Baseline', to: 'Now', change: 'Change' },
  up: 'Up',
  down: 'Down',
  notesHeading: 'Changes in the steps themselves',
});
