import type { CatalogPart } from '../../i18n/translation';
import type { programmingSummary } from './programming.summary.messages';

export default {
  'stage-programming-summary': {
    title: 'Examinar programas exitosos de educación STEM',
    shortTitle: 'Programas',
    purpose:
      'Aprenda de los modelos, programas y guías estatales que funcionan, para diseñar el rol del docente líder con un propósito claro.',
  },
} satisfies CatalogPart<typeof programmingSummary>;
