import type { CatalogPart } from '../../i18n/translation';
import type { decisionFormMessages, exportPdfMessages, readinessChartMessages, resultsMessages } from './results.messages';

export default {
  'results-page': {
    title: 'Sus resultados de preparación',
    captionQuick: 'Evaluación rápida de preparación',
    captionFull: 'Plan completo',
    lead: 'La situación de {orgName} en los siete pasos, las brechas más importantes y una decisión propuesta.',
    leadNoName: 'Su situación en los siete pasos, las brechas más importantes y una decisión propuesta.',
    notReady: 'Primero complete todos los pasos. Revise sus respuestas para ver qué falta.',
    checkAnswers: 'Revisar sus respuestas',

    overallHeading: 'Preparación general: {level}',
    profileHeading: 'Perfil de preparación',
    ruleHeading: 'Cómo se determinan los niveles',
    rubricSource:
      'Los cuatro niveles siguen las rúbricas de implementación de los atributos STEM de Carolina del Norte, citadas en {source}',

    gapsHeading: 'Brechas principales que se deben cerrar',
    noGaps: 'No hay brechas: todos los enunciados están calificados como Preparado o Modelo.',
    gapRanking: 'Cómo se ordenan las brechas',
    gapStep: 'Paso {number}: {title}',
    yourRating: 'Su calificación: {rating}',
    servesPriority: 'Afecta a un beneficio que usted priorizó',
    recommendation: 'Recomendación:',
    source: 'Fuente: {source}',
    moreGapsInPlan: {
      one: 'Hay {count} brecha más en su plan, como acción propuesta.',
      other: 'Hay {count} brechas más en su plan, como acciones propuestas.',
    },
    moreGapsInFullPlan: {
      one: 'Hay {count} brecha más en un plan completo, como acción propuesta.',
      other: 'Hay {count} brechas más en un plan completo, como acciones propuestas.',
    },

    decisionHeading: 'Decisión sobre la preparación',
    proposed: 'Propuesta: {decision}',
    because: 'Porque:',
    decisionRule: 'Cómo se propone la decisión',

    reportHeading: 'Su informe de preparación',
    reportIntro: 'Un PDF de esta página para compartir con su equipo directivo, la junta escolar o los financiadores.',
    upgradeHeading: 'Convertir esto en un plan completo',
    upgradeText:
      'Un plan completo añade todas las preguntas de los siete pasos y, después, un plan de acción con responsables y fechas, un borrador de la descripción del puesto, un plan de desarrollo para el docente líder y un resumen de sostenibilidad. Se conservan sus calificaciones y su decisión.',
    upgrade: 'Pasar a un plan completo',
    continueToPlan: 'Continuar a su plan',
    backToAnswers: 'Volver a sus respuestas',

    inYourDesign: 'En su diseño',

    atAGlance: 'De un vistazo',
    summaryProposed: 'Decisión propuesta: {decision}',
    summaryChosen: 'Decisión de su equipo: {decision}',
    mainReason: 'Motivo principal: {reason}',
    teamReason: 'Su motivo: {reason}',
    recordDecision: 'Registrar la decisión de su equipo',
    firstGapsHeading: 'Brechas que conviene cerrar primero',
    firstAction: 'Primera acción:',
    allGapsLink: 'Ver todas las brechas principales',
    contentsLabel: 'En esta página',
    contentsFigures: 'Perfil de preparación en cifras',
    sectionSources: 'Fuentes: {sources}',
    itemSource: 'Fuente',
  },
  'results-chart': {
    title: 'Perfil de preparación de los siete pasos',
    stepLevel: 'Paso {number}, {title}: {level}.',
    caption:
      'Cada barra llega hasta el nivel que obtuvo el paso según la regla que se indica abajo. Un paso sin barra tuvo muy pocas calificaciones para evaluarse.',
    tableCaption: 'Preparación por paso, en cifras',
    columns: {
      step: 'Paso',
      level: 'Nivel',
      itemsRated: 'Enunciados calificados',
      preparedOrModel: 'Preparado o Modelo',
      notSure: 'Aún no lo sé',
    },
    ratedOf: '{rated} de {total}',
  },
  'results-decision': {
    formLabel: 'Su decisión sobre la preparación',
    legend: 'La decisión de su equipo',
    hint: 'Mantenga la propuesta, o elija otra opción e indique por qué.',
    proposedChoice: '{decision} (propuesta)',
    whyDifferent: '¿Por qué eligió su equipo {chosen} en lugar de {proposed}?',
    keptAsYouChoose:
      'Su decisión y su motivo se guardan a medida que elige y escribe; el informe y el plan los muestran.',
    errors: {
      chooseDecision: 'Elija Adelante, Adaptar, Pausar o Reconsiderar el rol',
      reasonTooLong: 'Escriba un motivo de {max} caracteres como máximo',
      reasonMissing: 'Explique por qué su equipo eligió una decisión diferente',
    },
  },
  'results-export': {
    downloadReport: 'Descargar el informe de preparación (PDF)',
    downloadPlan: 'Descargar el plan (PDF)',
    unprintable: '{warning} y aparecerán como □: {characters}',
    unprintableWarning: 'Algunos caracteres no se pueden imprimir en el PDF',
    unprintableHint:
      'La fuente del PDF incluye los alfabetos latino (también el vietnamita), griego y cirílico. Los emojis y otros sistemas de escritura se conservan tal como se escribieron en la aplicación y en los archivos guardados.',
    blocked: 'Primero corrija los problemas que aparecen en «Antes de exportar».',
  },
} satisfies CatalogPart<typeof resultsMessages> &
  CatalogPart<typeof readinessChartMessages> &
  CatalogPart<typeof decisionFormMessages> &
  CatalogPart<typeof exportPdfMessages>;
