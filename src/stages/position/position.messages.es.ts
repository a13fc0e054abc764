import type { CatalogPart } from '../../i18n/translation';
import type { positionMessages } from './position.messages';

export default {
  'stage-position': {
    items: {
      jobDescription: {
        statement:
          'Una descripción del puesto establece las competencias esenciales, las responsabilidades, las líneas de dependencia y cómo se evaluará al líder.',
        descriptors: {
          early: 'No hay descripción del puesto.',
          developing: 'Existe una descripción, pero no incluye las líneas de dependencia ni la evaluación.',
          prepared: 'Las cuatro partes (competencias, responsabilidades, dependencia y evaluación) están por escrito.',
          model:
            'La descripción está publicada, y la persona que evaluará al líder ha aceptado el método de evaluación que figura en ella.',
        },
        recommendation:
          'Redacte una descripción del puesto que indique las competencias esenciales, las responsabilidades, las líneas de dependencia y el método de evaluación; puede ser clave para el éxito inicial.',
      },
      stakeholdersShaped: {
        statement: 'Las partes interesadas ayudaron a redactar la descripción del puesto.',
        descriptors: {
          early: 'La descripción la redacta una sola persona.',
          developing: 'Las partes interesadas la ven solo cuando ya está redactada.',
          prepared: 'Representantes del personal con el que trabajará el rol ayudan a redactarla.',
          model:
            'Todos los grupos a los que afecta el rol participaron en la redacción, y consta por escrito cómo se atendió cada comentario.',
        },
        recommendation:
          'Involucre en la redacción de la descripción a las personas con las que trabajará el rol, para reducir el riesgo de conflictos y confusiones sobre él.',
      },
      descriptionShared: {
        statement:
          'Hemos planificado con las partes interesadas cómo se dará a conocer la descripción a todas las personas a las que afecta el rol.',
        descriptors: {
          early: 'No hay un plan para dar a conocer la descripción.',
          developing: 'La descripción se publicará sin explicación al personal al que afecta.',
          prepared: 'Las partes interesadas ayudan a planificar quién se informará del rol, cómo y cuándo.',
          model:
            'El mensaje y las fechas están acordados, y los grupos a los que afecta el rol se informarán antes de que se anuncie el puesto.',
        },
        recommendation:
          'Planifique con las partes interesadas cómo se dará a conocer la descripción, para que el personal cuyo trabajo se ve afectado se entere del rol antes de que se anuncie el puesto.',
      },
      goalsSet: {
        statement: 'Las metas y expectativas iniciales del puesto están por escrito.',
        descriptors: {
          early: 'No se han fijado metas para el puesto.',
          developing: 'Se ha hablado de las metas, pero no están por escrito.',
          prepared: 'Existen metas y expectativas escritas para el primer año.',
          model: 'Cada meta del primer año tiene un indicador y una fecha para comprobarla.',
        },
        recommendation:
          'Ponga por escrito las metas y expectativas del primer año para el puesto; unas metas claras pueden contribuir al éxito de la iniciativa y dar una base firme a la persona que ocupe el puesto.',
      },
      goalsUnderstood: {
        statement: 'Todas las partes interesadas comprenden las metas y expectativas del puesto.',
        descriptors: {
          early: 'Solo quienes redactaron las metas las conocen.',
          developing: 'Las metas solo las conoce el equipo directivo.',
          prepared: 'Las metas se han compartido con todas las partes interesadas.',
          model: 'Las partes interesadas pueden explicar las metas con sus palabras, y hay una fecha fijada para revisarlas en conjunto.',
        },
        recommendation:
          'Asegúrese de que todas las partes interesadas comprendan las metas del puesto; esa comprensión compartida también apoya a la persona que lo ocupa.',
      },
      talentPool: {
        statement: 'Hemos evaluado el talento disponible en nuestra escuela o distrito para este rol.',
        descriptors: {
          early: 'No se ha revisado el talento interno.',
          developing: 'Se da por hecho un posible candidato interno, sin una revisión más amplia.',
          prepared: 'Se ha identificado al personal que tiene las competencias de la descripción del puesto.',
          model: 'Hay docentes prometedores que ya desarrollan esas competencias mediante tareas de liderazgo más pequeñas.',
        },
        recommendation:
          'Revise el capital humano con el que cuenta, es decir, quién tiene ya las competencias que necesita el rol, antes de decidir cómo hacer la búsqueda.',
      },
      searchApproach: {
        statement: 'Hemos decidido si la búsqueda será interna, externa o ambas.',
        descriptors: {
          early: 'No se ha considerado cómo hacer la búsqueda.',
          developing: 'Se da por hecho una búsqueda interna.',
          prepared: 'La búsqueda se ha elegido a la luz de la revisión del talento, para contar con un grupo amplio de candidatos.',
          model: 'El plan de búsqueda indica dónde se anunciará el puesto y quiénes forman el comité de selección.',
        },
        recommendation:
          'Elija la búsqueda que ofrezca un grupo amplio de candidatos; abrir el puesto a candidatos externos además de internos puede ampliarlo.',
      },
      careerLadder: {
        statement:
          'El puesto ofrece a los docentes de alto desempeño una forma de avanzar sin dejar la docencia por la administración.',
        descriptors: {
          early: 'Avanzar significa dejar el aula por la administración.',
          developing: 'Se habla de la idea de una trayectoria profesional escalonada.',
          prepared: 'El puesto se define como un escalón de la trayectoria profesional docente.',
          model:
            'La trayectoria está publicada, de modo que los docentes ven cómo asumir funciones de liderazgo sin dejar la docencia.',
        },
        recommendation:
          'Plantee el puesto como un escalón de una trayectoria profesional escalonada, para que los buenos docentes puedan avanzar sin pasar a la administración.',
      },
    },
    questions: {
      competencies: {
        label: 'Competencias esenciales',
        hint: 'Por ejemplo, un conocimiento profundo de los contenidos de STEM, habilidad para el acompañamiento (coaching) y credibilidad entre colegas.',
      },
      responsibilities: { label: 'Responsabilidades' },
      reportsTo: { label: 'Depende de', hint: 'El cargo de la persona de la que depende el docente líder.' },
      evaluation: { label: 'Cómo se evaluará al docente líder' },
      contributors: { label: 'Partes interesadas que ayudarán a redactar y dar a conocer la descripción' },
      initialGoals: { label: 'Metas y expectativas iniciales del puesto' },
      search: {
        label: '¿Cómo cubrirá el puesto?',
        options: {
          internal: {
            label: 'Búsqueda interna',
            hint: 'Permite que buenos docentes avancen sin pasar a la administración.',
          },
          external: { label: 'Búsqueda externa' },
          both: { label: 'Interna y externa', hint: 'Un grupo más amplio cuando la capacidad interna es limitada.' },
        },
      },
      careerLadder: { label: 'Cómo encaja el puesto en una trayectoria profesional escalonada para docentes' },
    },
    discussionPrompts: [
      '¿A quién podría confundir o incomodar este nuevo rol, y cómo lo involucramos en su redacción?',
      '¿Qué metas y expectativas iniciales fijaremos para el puesto, y cómo las conocerán todas las partes interesadas?',
      '¿Tenemos a la persona adecuada dentro o necesitamos una búsqueda más amplia?',
    ],
    errors: {
      competenciesTooLong: 'Escriba las competencias con {max} caracteres como máximo',
      responsibilitiesTooLong: 'Escriba las responsabilidades con {max} caracteres como máximo',
      reportsToTooLong: 'Escriba un cargo de {max} caracteres como máximo',
      evaluationTooLong: 'Escriba un método de evaluación de {max} caracteres como máximo',
      contributorsTooLong: 'Escriba las partes interesadas con {max} caracteres como máximo',
      initialGoalsTooLong: 'Escriba las metas iniciales con {max} caracteres como máximo',
      careerLadderTooLong:
        'Explique cómo encaja el puesto en una trayectoria profesional con {max} caracteres como máximo',
    },
  },
} satisfies CatalogPart<typeof positionMessages>;
