import type { CatalogPart } from '../../i18n/translation';
import type { positionSummary } from './position.summary.messages';

export default {
  'stage-position-summary': {
    title: 'Definir y cubrir el puesto de docente líder en STEM',
    shortTitle: 'Puesto',
    purpose:
      'Redacte con las partes interesadas una descripción del puesto clara, fije unas primeras metas que todos entiendan y decida cómo encontrar a la persona adecuada.',
  },
} satisfies CatalogPart<typeof positionSummary>;
