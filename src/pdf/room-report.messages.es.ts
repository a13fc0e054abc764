import type { CatalogPart } from '../i18n/translation';
import type { roomReportPdfMessages } from './room-report.messages';

export default {
  'room-report-pdf': {
    title: 'Informe de la sala del taller',
    participants: { one: '{count} participante', other: '{count} participantes' },
    documentTitle: '{title}: {participants}, {date}',
    subject: 'Calificaciones de preparación combinadas de un taller, basadas en {source}',
    author: 'Planificador de liderazgo docente en STEM',
    keywords: 'STEM, liderazgo docente, preparación, taller, consenso',
    header: 'Taller de {participants}',

    subtitle: 'Primero individual, luego en equipo: las calificaciones de preparación de {participants}, combinadas.',
    madeOn: 'Elaborado el {date}. Basado en {source}.',
    participantsTitle: 'Participantes',
    noParticipants: 'No se cargó ningún archivo de participantes.',
    participantColumns: { number: '#', name: 'Participante', team: 'Quién calificó', file: 'Archivo' },

    consensusTitle: 'Consenso',
    consensusSummary: {
      one: 'La sala acordó una calificación para {agreed} de {count} ítem. Preparación según el consenso solamente: {level}.',
      other:
        'La sala acordó una calificación para {agreed} de {count} ítems. Preparación según el consenso solamente: {level}.',
    },
    consensusColumns: { step: 'Paso', agreed: 'Ítems con consenso', level: 'Nivel del paso según el consenso' },
    agreedOf: '{agreed} de {total}',

    disputedTitle: 'Ítems más disputados',
    noDisputed:
      'Cada ítem calificado recibió el mismo nivel de todos los que lo calificaron: no hay ningún ítem disputado.',
    disputedColumns: {
      item: 'Ítem',
      statement: 'Afirmación',
      range: 'Rango',
      levelsApart: 'Niveles de diferencia',
      consensus: 'Consenso',
    },

    stepSpreadTitle: 'Distribución por paso',
    stepSpreadIntro:
      'Cuántos participantes obtienen cada nivel en cada paso al combinar sus calificaciones, con la regla que se explica más abajo.',
    stepSpreadColumns: { step: 'Paso', notEnough: 'Faltan respuestas', range: 'Rango' },

    itemSpreadTitle: 'Distribución por ítem',
    stepHeading: 'Paso {number}. {title}',
    itemColumns: { item: 'Ítem', statement: 'Afirmación', noAnswer: 'En blanco', consensus: 'Consenso' },

    rulesTitle: 'Cómo se determinan los niveles',
    sourceTitle: 'Fuente',
    sourceNote: 'Los ítems de preparación están redactados con las palabras de la herramienta, a partir de “{page}”.',
  },
} satisfies CatalogPart<typeof roomReportPdfMessages>;
