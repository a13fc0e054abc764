import type { CatalogPart } from '../i18n/translation';
import type { reassessMessages } from './reassess.messages';

export default {
  'store-reassess': {
    question: '¿Iniciar una reevaluación a partir del registro del {date}?',
    replaces:
      'Sus respuestas actuales se reemplazarán por las respuestas y el plan del registro. No se conservan a menos que las haya finalizado como registro o haya guardado una copia.',
    otherOrg:
      'El registro es de “{baseline}”, pero sus respuestas actuales son de “{current}”. Úselo solo si de verdad es su escuela o distrito.',
    confirm: 'Iniciar la reevaluación',
    startFresh:
      'Sus calificaciones, evidencia, respuestas y plan parten del registro. Cambie lo que haya cambiado; cada calificación muestra cuál fue la vez anterior.',
    fromFileLabel: 'Iniciar una reevaluación a partir de un archivo del plan',
    fromFileHint: 'Un archivo del plan (.json) guardado antes con esta aplicación. Sus calificaciones pasan a ser la línea de base.',
    noRatings:
      'Este archivo no tiene calificaciones en la escala de Inicial a Modelo, así que no hay nada con qué comparar. No se cambió nada.',
    lastTime: 'La vez anterior: {level}',
    lastTimeNotes: '{lastTime}. Evidencia de la vez anterior: {notes}',
  },
} satisfies CatalogPart<typeof reassessMessages>;
