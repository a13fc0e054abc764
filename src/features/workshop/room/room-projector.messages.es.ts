import type { CatalogPart } from '../../../i18n/translation';
import type { roomLinksMessages, roomProjectorMessages } from './room-projector.messages';

export default {
  'room-projector': {
    documentTitle: 'Sala en el proyector: paso {number} de {total} – {title}',
    stepCount: 'Paso {number} de {total}',
    previousStep: 'Paso anterior',
    nextStep: 'Paso siguiente',
    showNames: 'Mostrar los nombres',
    namesHidden: 'Los nombres están ocultos: los gráficos muestran solo cuántos eligieron cada nivel.',
    namesShown: 'Los nombres se muestran junto a cada nivel.',
    participants: {
      one: '{count} participante en la sala.',
      other: '{count} participantes en la sala.',
    },
    order: 'Primero los ítems más disputados.',
    noParticipants: 'Todavía no hay participantes. Vuelva a la sala y agregue primero sus archivos.',
    chartLabel: 'Cómo calificó la sala el ítem {number}',
    countOf: '{count} de {total}',
    noAnswer: 'Sin respuesta',
    agreed: 'Consenso: {level}',
    notAgreed: 'Todavía sin consenso',
    keysTitle: 'Teclas',
    keysRecord: 'Con Tab llegue al consenso de un ítem y elija un nivel con las flechas: se registra de inmediato.',
    keysSteps: 'Page Down o Page Up: paso siguiente o anterior.',
    keysTimer: 'T: iniciar o pausar el temporizador.',
    keysNames: 'N: mostrar u ocultar los nombres.',
    keysBack: 'Escape: volver a donde estaba.',
    characterKeys: 'Usar atajos de una sola tecla (T y N)',
    timeUpForStep: 'Se acabó el tiempo del paso {number}, {title}.',
    timeUp: 'Se acabó el tiempo.',
  },
  'room-links': {
    present: 'Mostrar la sala en el proyector',
    presentHint: 'Un paso a la vez en letra grande, primero los ítems más disputados, con temporizador; registre allí el consenso con el teclado.',
    toConsensus: 'Registrar el consenso del ítem {number}',
  },
} satisfies CatalogPart<typeof roomLinksMessages> & CatalogPart<typeof roomProjectorMessages>;
