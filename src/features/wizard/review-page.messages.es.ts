import type { CatalogPart } from '../../i18n/translation';
import type { reviewPageMessages } from './review-page.messages';

export default {
  'wizard-review': {
    title: 'Revise sus respuestas',
    leadQuick: 'Su evaluación rápida de preparación: todas las calificaciones que dio, paso a paso.',
    leadFull: 'Todas las respuestas de su plan, paso a paso. Cambie lo que necesite antes de continuar.',
    stepHeading: 'Paso {number}: {title}',
    change: 'Cambiar {answersTo}',
    answersTo: 'las respuestas de {heading}',
    source: 'Fuente: {page}',
    allComplete: {
      one: 'El paso está completo',
      other: 'Los {count} pasos están completos',
    },
    savedHere: 'Sus respuestas están guardadas en esta computadora.',
    toResults: 'Continuar a los resultados',
  },
} satisfies CatalogPart<typeof reviewPageMessages>;
