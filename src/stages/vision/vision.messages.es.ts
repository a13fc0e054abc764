import type { CatalogPart } from '../../i18n/translation';
import type { visionMessages } from './vision.messages';

export default {
  'stage-vision': {
    items: {
      visionConsensus: {
        statement: 'Existe una visión clara de la educación STEM en la que coincide nuestra escuela o distrito.',
        descriptors: {
          early: 'No hay una visión de STEM por escrito, o la hay pero pocas personas la conocen.',
          developing: 'Existe un borrador de visión, pero no se ha acordado más allá de un grupo pequeño.',
          prepared: 'Una visión escrita se ha debatido y cuenta con un amplio acuerdo.',
          model: 'El personal y los aliados pueden explicar la visión con sus palabras, y las decisiones recientes sobre STEM hacen referencia a ella.',
        },
        recommendation:
          'Aclare la visión de STEM y genere consenso en torno a ella antes de diseñar el rol; el rol solo tiene sentido en relación con esa visión.',
      },
      leaderRoleInVision: {
        statement: 'La visión indica qué papel desempeña en ella el docente líder en STEM.',
        descriptors: {
          early: 'La visión no menciona el liderazgo docente.',
          developing: 'Se menciona el liderazgo docente, pero su papel es impreciso.',
          prepared:
            'La visión describe el rol del docente líder y los apoyos que ayudan a los docentes a convertirse en líderes.',
          model:
            'El personal puede explicar cómo el docente líder hace avanzar la visión, y los apoyos ya están establecidos.',
        },
        recommendation:
          'Incluya en la visión el rol que desempeña el docente líder en STEM y los apoyos que ayudan a los docentes a convertirse en líderes en STEM.',
      },
      collaborativeInput: {
        statement:
          'El cuerpo docente, los estudiantes, los padres de familia, los aliados de la comunidad y los administradores han contribuido a la visión.',
        descriptors: {
          early: 'La visión la definió una sola persona u oficina.',
          developing: 'Se consultó a algunos grupos, pero no a otros, como los estudiantes o los aliados.',
          prepared: 'Un proceso colaborativo recogió aportes de cada grupo.',
          model:
            'Los aportes se recogen con regularidad y quienes contribuyen pueden ver cómo dieron forma a la visión.',
        },
        recommendation:
          'Abra la visión a un proceso colaborativo que escuche al cuerpo docente, a los estudiantes, a los padres de familia, a los aliados de la comunidad y a la administración.',
      },
      transparentWhy: {
        statement: 'Hemos explicado abiertamente por qué queremos el liderazgo docente en STEM.',
        descriptors: {
          early: 'No se han compartido las razones.',
          developing: 'Solo el equipo directivo conoce las razones.',
          prepared: 'El «porqué» se ha compartido con el personal y las partes interesadas.',
          model: 'El «porqué» se repite de forma constante y el personal puede expresarlo con sus propias palabras.',
        },
        recommendation:
          'Comparta abiertamente las razones del liderazgo docente en STEM; un líder educativo citado en la fuente considera que la transparencia sobre el «porqué» es esencial para el éxito.',
      },
    },
    questions: {
      statement: {
        label: 'Su visión de la educación STEM',
        hint: 'Unas pocas oraciones que su personal y su comunidad reconocerían.',
      },
      leaderRole: {
        label: 'El papel que desempeñará un docente líder en STEM en esa visión',
        hint: 'Por ejemplo: elaborar, con las aportaciones de sus colegas, la hoja de ruta para llevar la visión a la práctica en toda la escuela, y procurar que la opinión del personal docente oriente la planificación de STEM.',
      },
      inputFrom: {
        label: '¿Quiénes han contribuido a la visión?',
        hint: 'Seleccione todas las opciones que correspondan.',
        options: {
          faculty: 'Cuerpo docente',
          students: 'Estudiantes',
          parents: 'Padres de familia',
          communityPartners: 'Aliados de la comunidad',
          administration: 'Administración de la escuela o del distrito',
        },
      },
      why: { label: 'El «porqué» que compartirá con el personal y la comunidad' },
      benefitPriorities: {
        label: '¿Qué beneficios del liderazgo docente en STEM son los más importantes aquí?',
        hint: 'Seleccione al menos uno. Entre las brechas del mismo nivel, las que los afectan aparecen primero en sus resultados.',
        options: {
          studentEngagement: 'Mayor compromiso de los estudiantes',
          teachingPractice: 'Mejor práctica docente en STEM',
          teacherVoice: 'Más voz y participación de los docentes',
          sustainCapacity: 'Capacidad para apoyar y sostener la mejora en STEM',
        },
        optionHints: {
          studentEngagement:
            'Los estudiantes aplican STEM a preguntas reales; la fuente lo considera el impacto potencial más importante.',
          teachingPractice:
            'Acompañamiento (coaching) integrado en el trabajo, conocimientos específicos de STEM y liderazgo pedagógico.',
          teacherVoice:
            'Los docentes dan forma al plan y puede ser más probable que apoyen un trabajo dirigido por sus colegas.',
          sustainCapacity: 'Mantenerse al día, sentido de urgencia, alianzas y defensores comprometidos.',
        },
      },
    },
    discussionPrompts: [
      '¿Podría cada persona en esta sala expresar nuestra visión de STEM de la misma manera?',
      '¿Qué voces (estudiantes, padres de familia, aliados) faltan hasta ahora en la visión?',
      'De los cuatro beneficios, ¿cuál marcaría la mayor diferencia para nuestros estudiantes?',
    ],
    errors: {
      statementTooLong: 'Escriba una visión de {max} caracteres como máximo',
      leaderRoleTooLong: 'Escriba el papel del docente líder con {max} caracteres como máximo',
      whyTooLong: 'Escriba el «porqué» con {max} caracteres como máximo',
      benefitPrioritiesMissing: 'Seleccione al menos un beneficio de los que más importan a su escuela o distrito',
    },
  },
} satisfies CatalogPart<typeof visionMessages>;
