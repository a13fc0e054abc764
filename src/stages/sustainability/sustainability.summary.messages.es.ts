import type { CatalogPart } from '../../i18n/translation';
import type { sustainabilitySummary } from './sustainability.summary.messages';

export default {
  'stage-sustainability-summary': {
    title: 'Planificar la sostenibilidad',
    shortTitle: 'Sostenibilidad',
    purpose:
      'Decida antes del lanzamiento cómo perdurará el programa: cómo se financiarán los puestos después de cualquier subvención, qué elementos se mantendrán y quién lo impulsará.',
  },
} satisfies CatalogPart<typeof sustainabilitySummary>;
