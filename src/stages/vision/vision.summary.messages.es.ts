import type { CatalogPart } from '../../i18n/translation';
import type { visionSummary } from './vision.summary.messages';

export default {
  'stage-vision-summary': {
    title: 'Establecer una visión para la educación STEM y el liderazgo docente',
    shortTitle: 'Visión',
    purpose:
      'Acuerde cómo debería ser aquí la educación STEM, qué papel desempeña en ella un docente líder en STEM y por qué es importante.',
  },
} satisfies CatalogPart<typeof visionSummary>;
