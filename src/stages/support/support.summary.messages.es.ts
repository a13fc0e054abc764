import type { CatalogPart } from '../../i18n/translation';
import type { supportSummary } from './support.summary.messages';

export default {
  'stage-support-summary': {
    title: 'Apoyar al docente líder en STEM',
    shortTitle: 'Apoyo',
    purpose:
      'Quienes ocupan estos puestos nuevos pueden tener brechas que el desarrollo profesional puede fortalecer. Planifíquelo de acuerdo con sus necesidades en seis áreas.',
  },
} satisfies CatalogPart<typeof supportSummary>;
