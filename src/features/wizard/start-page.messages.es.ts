import type { CatalogPart } from '../../i18n/translation';
import type { startPageMessages } from './start-page.messages';

export default {
  'wizard-start': {
    documentTitle: 'Planifique el liderazgo docente en STEM',
    title: 'Planifique el liderazgo docente en STEM, paso a paso',
    lead: 'Recorra los siete pasos de implementación de un programa de liderazgo docente en STEM, califique su nivel de preparación en cada uno y elabore un plan que su equipo pueda poner en práctica.',

    resumeTitle: 'Continúe donde lo dejó',
    resumeQuick: 'Ha completado {done} de {total} pasos de una evaluación rápida de preparación.',
    resumeFull: 'Ha completado {done} de {total} pasos de un plan de implementación completo.',
    resumeButton: 'Continuar',

    startNewTitle: 'O empiece uno nuevo',
    chooseTitle: 'Elija cómo empezar',
    quickTitle: 'Evaluación rápida de preparación',
    quickText: 'Unos 10 a 15 minutos. Califique su nivel de preparación en cada paso y vea dónde están las brechas.',
    quickHint:
      'Es adecuada para la autoevaluación de un director o directora de escuela. Más adelante puede convertirla en un plan completo.',
    quickButton: 'Empezar una evaluación rápida',
    fullTitle: 'Plan de implementación completo',
    fullText: 'Todas las preguntas de los siete pasos, para un equipo de distrito o de escuela que redacta su plan.',
    fullHint: 'Lleva más tiempo; sus respuestas se guardan a medida que avanza, así que puede detenerse y volver después.',
    fullButton: 'Empezar un plan completo',
    startOverHint: 'Para empezar uno nuevo, use primero «Empezar de nuevo» en la parte superior de la página.',

    stepsTitle: 'Los siete pasos',
    stepsOrder:
      'El orden que sigue es una sugerencia, no una regla: en la práctica los pasos pueden superponerse, y usted volverá a ellos a medida que aprenda más. Puede abrir cualquier paso en cualquier momento desde la lista de pasos, que indica cuáles están terminados.',

    workshopTitle: '¿Va a dirigir un taller?',
    roomLink: 'Sala del taller: primero individual, luego en equipo',
    roomItem:
      '{link}: reúna los archivos que guardaron los participantes, vea en qué no coinciden y registre el consenso del equipo.',
    presentLink: 'Presentar los siete pasos en un proyector',
    presentItem: '{link}: un paso a la vez en letra grande, con preguntas para el diálogo y un temporizador.',
    worksheetsLink: 'Hojas de trabajo para imprimir',
    worksheetsItem: '{link}: todos los pasos en papel, por si fallan el wifi o las computadoras portátiles.',

    privacyTitle: 'Sus respuestas se quedan en esta computadora',
    privacyText:
      'Nada de lo que escriba se envía a ningún lugar. Las respuestas se guardan en este navegador hasta que usted las guarde o las exporte. No escriba información sobre estudiantes individuales.',
    sourceNote:
      'El contenido proviene de {source}, reflexiones de la comunidad de docentes líderes en STEM. Los niveles de calificación siguen el continuo Inicial, En desarrollo, Preparado y Modelo de las rúbricas de atributos STEM de Carolina del Norte.',
  },
} satisfies CatalogPart<typeof startPageMessages>;
