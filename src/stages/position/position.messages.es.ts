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
          model: 'La descripción está publicada, se entiende y se utiliza en la evaluación.',
        },
        recommendation:
          'Redacte una descripción del puesto que indique las competencias esenciales, las responsabilidades, las líneas de dependencia y el método de evaluación; es clave para el éxito inicial.',
      },
      stakeholdersShaped: {
        statement: 'Las partes interesadas ayudaron a redactar la descripción y ayudarán a darla a conocer.',
        descriptors: {
          early: 'La descripción la redacta una sola persona.',
          developing: 'Se consulta a las partes interesadas una vez redactado el borrador.',
          prepared: 'Las partes interesadas ayudan a redactarla y a planificar cómo se dará a conocer.',
          model: 'La redacción compartida ha evitado confusiones y conflictos sobre el rol.',
        },
        recommendation:
          'Involucre a las partes interesadas en la redacción y difusión de la descripción para reducir el riesgo de conflictos y confusiones sobre el rol.',
      },
      goalsUnderstood: {
        statement:
          'Las metas y expectativas iniciales del puesto están fijadas y todas las partes interesadas las comprenden.',
        descriptors: {
          early: 'No se han fijado metas para el puesto.',
          developing: 'Hay metas, pero solo las conoce el equipo directivo.',
          prepared: 'Las metas están por escrito y se han compartido con todas las partes interesadas.',
          model: 'Las metas se revisan en conjunto y sirven de apoyo a la persona que ocupa el puesto.',
        },
        recommendation:
          'Fije las metas y expectativas del primer año y asegúrese de que todas las partes interesadas las comprendan; esa comprensión compartida también apoya a la persona que ocupa el puesto.',
      },
      talentPool: {
        statement: 'Hemos evaluado el talento disponible y decidido si la búsqueda será interna, externa o ambas.',
        descriptors: {
          early: 'No se ha considerado cómo hacer la búsqueda.',
          developing: 'Se da por hecho una búsqueda interna sin revisar la capacidad interna.',
          prepared:
            'Se ha revisado el capital humano y se ha elegido el tipo de búsqueda para contar con un grupo amplio de candidatos.',
          model: 'Se va formando una cantera de candidatos antes de que se necesiten.',
        },
        recommendation:
          'Revise el capital humano con el que cuenta antes de elegir el tipo de búsqueda; abrir el puesto a candidatos externos puede ofrecer un grupo más amplio.',
      },
      careerLadder: {
        statement:
          'El puesto ofrece a los docentes de alto desempeño una forma de avanzar sin dejar la docencia por la administración.',
        descriptors: {
          early: 'Avanzar significa dejar el aula por la administración.',
          developing: 'Se habla de la idea de una trayectoria profesional escalonada.',
          prepared: 'El puesto se define como un escalón de la trayectoria profesional docente.',
          model: 'Varios roles de liderazgo docente forman una trayectoria visible en cada etapa de la carrera.',
        },
        recommendation:
          'Plantee el puesto como un escalón de la trayectoria profesional que mantenga a los buenos docentes en la docencia; hay oportunidades de liderazgo en cada etapa de la carrera.',
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
