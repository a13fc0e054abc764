import type { CatalogPart } from '../../i18n/translation';
import type { supportSummary } from './support.summary.messages';

export default {
  'stage-support-summary': {
    title: 'Apoyar al docente líder en STEM',
    shortTitle: 'Apoyo',
    purpose:
      'Los nuevos líderes ocupan puestos nuevos y tienen brechas que cerrar. Planifique un desarrollo profesional ajustado a sus necesidades en seis áreas.',
  },
} satisfies CatalogPart<typeof supportSummary>;
