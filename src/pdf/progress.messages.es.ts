import type { CatalogPart } from '../i18n/translation';
import type { pdfProgressMessages } from './progress.messages';

export default {
  'pdf-progress': {
    title: 'Progreso desde el {date}',
    intro:
      'Cada paso tiene dos barras: el nivel de la línea de base (clara, con rayas) y el nivel actual (oscura). Ambos niveles figuran junto a las barras; los enunciados que cambiaron aparecen luego en una tabla.',
    baselineLine: 'Línea de base: {level}',
    nowLine: 'Ahora: {level}',
    overall: 'Preparación general',
    movedHeading: 'Enunciados que cambiaron',
    movedNone: 'Ningún enunciado cambió de calificación en la escala.',
    columns: { item: 'Enunciado', step: 'Paso', from: 'Línea de base', to: 'Ahora', change: 'Cambio' },
    up: 'Subió',
    down: 'Bajó',
    notesHeading: 'Cambios en los propios pasos',
  },
} satisfies CatalogPart<typeof pdfProgressMessages>;
