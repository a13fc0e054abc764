import type { CatalogPart } from '../i18n/translation';
import type { approachesMessages } from './approaches.messages';

export default {
  'content-approaches': {
    groups: {
      elementary: {
        heading: 'Enfoques para escuelas primarias',
        intro:
          'Los programas para docentes de primaria suelen usar estos enfoques, adaptados a las necesidades locales. En un plan K–12 o de todo el distrito, sirven a sus escuelas primarias.',
      },
      integrated: {
        heading: 'Recomendaciones para STEM integrado',
        intro: 'Usted indicó que STEM integrado forma parte de su visión o que lo está explorando.',
      },
    },
    recommendations: {
      twoPronged: {
        heading: 'Desarrollar tanto la práctica docente en STEM como las habilidades de liderazgo',
        points: [
          'Ajuste el desarrollo profesional a los docentes de primaria: contenidos de STEM, aprendizaje basado en proyectos, uso de recursos de STEM y cómo integrar STEM en una jornada con muchas asignaturas.',
          'Al mismo tiempo, desarrolle el liderazgo: defender STEM ante administradores y legisladores, redactar un plan de acción de STEM para el distrito y aprender a enseñar a otras personas adultas y a liderarlas.',
        ],
      },
      collaboration: {
        heading: 'Dar a los docentes líderes oportunidades de colaborar y recibir retroalimentación',
        points: [
          'El desarrollo profesional en modalidad residencial y las pasantías con investigadores, la industria o especialistas en tecnología crean una red de contactos y dan confianza en las ciencias.',
          'Los equipos que perfeccionan y revisan los planes de clase de los demás ayudan a los docentes a encontrar expertos en STEM de primaria a quienes acudir.',
        ],
      },
      leadershipTeam: {
        heading: 'Incluir al docente líder en STEM en el equipo directivo de la escuela',
        points: [
          'Un lugar en el equipo directivo da voz a STEM en las decisiones de la escuela, lo que importa sobre todo donde STEM recibe menos atención, como en muchas escuelas primarias.',
        ],
      },
      modelClassroom: {
        heading: 'Mantener en el aula a los buenos docentes de STEM como modelo visible',
        points: [
          'Los docentes líderes que siguen en el aula pueden mostrar clases de STEM como modelo e iniciar conversaciones en toda la escuela sobre la enseñanza de STEM.',
          'Centre su formación en el liderazgo: el cambio escolar, liderar a colegas, usar datos para orientar el cambio y ver la escuela como un sistema.',
        ],
      },
      definePlan: {
        heading: 'Definir y planificar qué significa aquí STEM integrado',
        points: [
          'STEM integrado es todavía una idea reciente, así que pida al docente líder que trabaje con docentes y administradores en un plan estratégico que lo defina y oriente el trabajo.',
          'Espere que el líder muestre clases como modelo, asuma riesgos e invite a sus colegas a actividades que conecten las disciplinas de STEM entre sí y con las humanidades.',
        ],
      },
      cultureShift: {
        heading: 'Abordar la integración como un cambio de cultura',
        points: [
          'Pida al líder que ayude a los docentes de cada materia a ampliar sus conocimientos más allá de su propia disciplina, y que muestre que la integración puede reforzar el aprendizaje dentro de cada materia, porque el alumnado construye conocimiento al relacionarlo con preguntas del mundo real.',
          'Acerque el trabajo real de STEM a la experiencia del alumnado, dentro y fuera del aula, y use la integración para desarrollar la colaboración, el pensamiento crítico, la resolución de problemas, la creatividad y la comunicación (las llamadas habilidades del siglo XXI).',
        ],
      },
      stakeholderValue: {
        heading: 'Ganar el apoyo de las partes interesadas para STEM integrado',
        points: [
          'Permita que el docente líder encabece conversaciones para ganar apoyo a STEM integrado entre los líderes de la escuela y del distrito, sus colegas docentes, las familias y la comunidad en general.',
        ],
      },
      formalRole: {
        heading: 'Dar al líder un papel formal en el cambio pedagógico',
        points: [
          'El rol puede incluir el acompañamiento (coaching) y la mentoría de colegas, la dirección de comunidades de aprendizaje profesional, la función de amigo crítico y la oferta o gestión de desarrollo profesional.',
          'El líder puede revisar y seleccionar recursos didácticos, o elaborar otros nuevos, y ayudar a definir horarios, cursos y estructuras que hagan posible STEM integrado.',
        ],
      },
      communityResources: {
        heading: 'Aprovechar los recursos de STEM de su entorno',
        points: [
          'Establezca relaciones con empleadores locales, instituciones de educación superior, organizaciones sin fines de lucro, programas extraescolares, grupos artísticos, centros de ciencias y museos, para que el alumnado conozca el trabajo real de STEM.',
        ],
      },
      keepLearning: {
        heading: 'Mantener al líder en formación continua',
        points: [
          'Apoye cursos en las disciplinas de STEM, experiencias interdisciplinarias de verano y el trabajo con profesionales de STEM, que el líder luego comparte con sus colegas.',
        ],
      },
    },
  },
} satisfies CatalogPart<typeof approachesMessages>;
