import type { CatalogPart } from '../../i18n/translation';
import type { programmingMessages } from './programming.messages';

export default {
  'stage-programming': {
    items: {
      modelsExplored: {
        statement: 'Hemos estudiado modelos y programas exitosos de educación STEM.',
        descriptors: {
          early: 'No se ha examinado ningún modelo.',
          developing: 'Se ha leído sobre uno o dos programas.',
          prepared: 'Se han comparado varios modelos para ver cuál encajaría aquí.',
          model: 'El diseño se basa explícitamente en lo aprendido de los modelos estudiados.',
        },
        recommendation:
          'Conozca modelos y programas exitosos de educación STEM para que el rol del docente líder se diseñe de forma deliberada y no por inercia.',
      },
      peersConsulted: {
        statement:
          'Hemos hablado con administradores y docentes de escuelas o distritos que han logrado que el liderazgo docente en STEM funcione.',
        descriptors: {
          early: 'No ha habido conversaciones con otras escuelas o distritos.',
          developing: 'Ha habido conversaciones informales con una escuela o distrito.',
          prepared: 'Se han hecho entrevistas o grupos focales con varias escuelas o distritos, y se han tomado notas.',
          model: 'Hay relaciones continuas con escuelas o distritos exitosos a los que el equipo puede recurrir.',
        },
        recommendation:
          'Realice entrevistas o grupos focales con escuelas o distritos que han tenido éxito, incluidos los administradores y docentes que implementaron el modelo.',
      },
      stateGuidesReviewed: {
        statement: 'Hemos revisado guías estatales que describen los atributos de las escuelas STEM.',
        descriptors: {
          early: 'No se ha revisado ninguna guía estatal.',
          developing: 'Se ha encontrado una guía, pero no se ha trabajado con ella.',
          prepared:
            'Se ha usado al menos una guía (como T-STEM o las de Carolina del Sur o Carolina del Norte) para hacer una autoevaluación.',
          model: 'Las guías se usan de forma habitual para comprobar el avance a lo largo de un continuo.',
        },
        recommendation:
          'Trabaje con una guía estatal de atributos de las escuelas STEM (el T-STEM Blueprint de Texas, el continuo de Carolina del Sur o las rúbricas de Carolina del Norte) y úsela como herramienta de reflexión, no como una receta probada.',
      },
      goalsLinked: {
        statement: 'Podemos explicar cómo el liderazgo docente nos ayudaría a alcanzar metas concretas e importantes.',
        descriptors: {
          early: 'No se han relacionado las metas con el liderazgo docente.',
          developing: 'Se da por supuesta una relación general, pero no se ha explicitado.',
          prepared: 'Las metas definidas están vinculadas con lo que hará el docente líder.',
          model: 'Cada meta tiene un indicador, un punto de partida y una función definida del líder para alcanzarla.',
        },
        recommendation:
          'Relacione cada meta importante con lo que haría un docente líder en STEM para ayudar a alcanzarla.',
      },
    },
    questions: {
      models: { label: 'Modelos y programas de educación STEM que exploró' },
      peers: { label: 'Escuelas o distritos con los que habló y lo que aprendió' },
      stateGuides: {
        label: '¿Qué guías estatales ha revisado?',
        hint: 'Seleccione todas las opciones que correspondan. La fuente las ofrece como ejemplos para estimular la reflexión, no como herramientas probadas.',
        options: {
          tStemBlueprint: 'T-STEM Blueprint de Texas',
          southCarolinaContinuum: 'Continuo de implementación de STEM y STEAM de Carolina del Sur',
          northCarolinaRubrics: 'Rúbricas de implementación de los atributos STEM de Carolina del Norte',
          northCarolinaDistinction: 'Escuelas STEM de Distinción de Carolina del Norte, como ejemplos',
          other: 'Otra',
        },
        optionHints: {
          tStemBlueprint:
            'Una rúbrica para diseñar programas STEM, una guía de las políticas clave de STEM y ejemplos de indicadores de referencia.',
          northCarolinaRubrics:
            'Rúbricas para primaria, escuela intermedia y escuela secundaria que van de Inicial a Modelo.',
          other: 'Debajo de esta lista aparece un cuadro para escribir su nombre.',
        },
      },
      stateGuidesOther: {
        label: 'Otra guía o rúbrica estatal que revisó',
        hint: 'Su nombre y el estado o la organización que la publicó.',
      },
      goals: { label: 'Metas que el liderazgo docente en STEM podría ayudarle a alcanzar' },
    },
    discussionPrompts: [
      '¿Con qué escuela o distrito que haya hecho esto bien podríamos hablar este mes?',
      'Con una rúbrica estatal a la vista, ¿dónde nos ubicaríamos en el continuo de Inicial a Modelo?',
      '¿Cuáles de nuestras metas importantes podría ayudarnos a alcanzar un docente líder en STEM?',
    ],
    errors: {
      modelsTooLong: 'Escriba los modelos que exploró con {max} caracteres como máximo',
      peersTooLong: 'Escriba, en {max} caracteres como máximo, las escuelas o distritos con los que habló',
      goalsTooLong: 'Escriba las metas con {max} caracteres como máximo',
      stateGuidesOtherTooLong: 'Escriba la otra guía estatal con {max} caracteres como máximo',
    },
  },
} satisfies CatalogPart<typeof programmingMessages>;
