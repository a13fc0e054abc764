import type { CatalogPart } from '../../i18n/translation';
import type { designSummary } from './design.summary.messages';

export default {
  'stage-design-summary': {
    title: 'Diseñar el modelo de liderazgo docente en STEM',
    shortTitle: 'Diseño',
    purpose:
      'Dé forma a un modelo que se ajuste a su cultura, su visión, sus necesidades y sus recursos locales, con las partes interesadas, el horario y el rol adecuados.',
  },
} satisfies CatalogPart<typeof designSummary>;
