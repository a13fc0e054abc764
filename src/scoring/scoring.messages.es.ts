import type { CatalogPart } from '../i18n/translation';
import type { scoringMessages } from './scoring.messages';

export default {
  scoring: {
    notEnoughAnswers: 'No hay suficientes respuestas para evaluar',
    levelRule: [
      'Cada paso se evalúa a partir de los enunciados que usted calificó en la escala. «Aún no lo sé» no es un nivel: es una brecha que conviene investigar, y no se tiene en cuenta para el nivel.',
      'Un paso necesita al menos la mitad de sus enunciados calificados como Inicial, En desarrollo, Preparado o Modelo; de lo contrario, aparece «No hay suficientes respuestas para evaluar».',
      'Modelo: al menos el 75% de los enunciados calificados están en Modelo y ninguno está por debajo de Preparado.',
      'Preparado: al menos el 75% de los enunciados calificados están en Preparado o Modelo y ninguno está en Inicial.',
      'En desarrollo: al menos la mitad de los enunciados calificados están en En desarrollo o en un nivel superior.',
      'Inicial: cualquier otro caso.',
      'La preparación general aplica la misma regla a los niveles de los siete pasos, y requiere que al menos la mitad de los pasos se hayan podido evaluar.',
    ],
    overallNotJudged:
      'Solo {judged} de {total} pasos tenían suficientes calificaciones para evaluarse, por lo que no se indica un nivel general.',
    overallJudged:
      'Se evaluaron {judged} de {total} pasos. En Preparado o Modelo: {ready}; en Inicial o En desarrollo: {below}. Según la regla de cálculo, el resultado es {level}.',

    gapRule: [
      'Una brecha es cualquier enunciado calificado como Inicial, En desarrollo o Aún no lo sé.',
      'Primero aparecen las brechas más alejadas de Preparado: Inicial antes que En desarrollo y Aún no lo sé.',
      'Después, las brechas de los pasos que contribuyen a los beneficios que usted eligió como prioritarios en el paso 2.',
      'Solo si dos brechas siguen empatadas, va primero la del paso con número menor. Es un criterio de desempate, no un orden de importancia: los pasos pueden superponerse y retomarse.',
    ],
    findOutFirst: 'Primero averigüe en qué situación se encuentra en este punto. {recommendation}',

    decisionLabels: {
      go: 'Adelante: lanzar el programa según lo previsto',
      adapt: 'Adaptar: seguir adelante, pero cerrar antes o a la vez las brechas principales',
      pause: 'Pausar: consolidar las bases antes del lanzamiento',
      reconsider: 'Reconsiderar el rol: comprobar que un docente líder en STEM aportaría valor aquí antes de seguir',
    },
    decisionShortLabels: { go: 'Adelante', adapt: 'Adaptar', pause: 'Pausar', reconsider: 'Reconsiderar el rol' },
    decisionRule: [
      'Reconsiderar el rol cuando el enunciado sobre si un docente líder en STEM aportaría valor junto a los roles existentes está calificado como Inicial. Su equipo también puede elegirlo, por ejemplo, si los roles existentes ya cubren ese trabajo.',
      'En otro caso, pausar cuando el nivel general es Inicial o no se puede evaluar, o cuando el paso 5 (sostenibilidad) está en Inicial: la fuente aconseja planificar la sostenibilidad antes del lanzamiento.',
      'Adelante cuando el nivel general es Preparado o Modelo y ningún paso está en Inicial.',
      'Adaptar en todos los demás casos.',
    ],
    reasonOverall: 'El nivel general de preparación es {level}.',
    reasonOverallNotJudged: 'Todavía no se puede evaluar la preparación general.',
    reasonAddedValueEarly:
      'Usted calificó «{statement}» como Inicial, así que aún no está claro que el rol aportaría valor aquí.',
    reasonSustainabilityEarly:
      'El paso {number} ({title}) está en Inicial, y la fuente aconseja planificar la sostenibilidad antes del lanzamiento.',
    reasonStepEarly: 'El paso {number} ({title}) está en Inicial.',
    reasonUnjudgedSteps: {
      one: '{count} paso tiene muy pocas calificaciones para evaluarse.',
      other: '{count} pasos tienen muy pocas calificaciones para evaluarse.',
    },
    reasonNotSureItems: {
      one: '{count} enunciado está en «Aún no lo sé» y hay que averiguarlo.',
      other: '{count} enunciados están en «Aún no lo sé» y hay que averiguarlos.',
    },
  },
} satisfies CatalogPart<typeof scoringMessages>;
