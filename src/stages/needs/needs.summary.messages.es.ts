import type { CatalogPart } from '../../i18n/translation';
import type { needsSummary } from './needs.summary.messages';

export default {
  'stage-needs-summary': {
    title: 'Evaluar las necesidades relacionadas con STEM',
    shortTitle: 'Necesidades',
    purpose:
      'Determine qué tan lejos está la práctica actual de STEM de su visión, con qué recursos y experiencia cuenta, y si un docente líder en STEM aportaría valor.',
  },
} satisfies CatalogPart<typeof needsSummary>;
