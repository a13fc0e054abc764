import type { CatalogPart } from '../../i18n/translation';
import type { backLinkMessages } from './back-link.messages';

export default {
  'workshop-back-link': {
    start: '← Volver a la página de inicio',
    stage: '← Volver al paso en el que estaba',
    review: '← Volver a revisar sus respuestas',
    results: '← Volver a los resultados',
    plan: '← Volver al plan',
    presentation: '← Volver a la presentación',
    worksheets: '← Volver a las hojas de trabajo',
    room: '← Volver a la sala del taller',
    roomPresent: '← Volver a la sala en el proyector',
    privacy: '← Volver a la nota de privacidad',
    progress: '← Volver a la vista de progreso',
    snapshot: '← Volver a la evaluación anterior',
  },
} satisfies CatalogPart<typeof backLinkMessages>;
