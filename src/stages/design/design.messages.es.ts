import type { CatalogPart } from '../../i18n/translation';
import type { designMessages } from './design.messages';

export default {
  'stage-design': {
    items: {
      fitsContext: {
        statement:
          'El modelo previsto se ajusta a la cultura de nuestra escuela, a nuestra visión de STEM y a las necesidades que identificamos.',
        descriptors: {
          early: 'Aún no se ha esbozado ningún modelo.',
          developing: 'Se ha esbozado un modelo, tomado de otro lugar sin adaptarlo.',
          prepared: 'El modelo está adaptado a nuestra cultura, nuestra visión y las necesidades evaluadas.',
          model: 'Cada decisión de diseño puede vincularse con una necesidad o con la visión.',
        },
        recommendation:
          'Dé forma al modelo según su cultura, su visión de STEM y las necesidades del paso 1, en lugar de copiar un diseño tal cual.',
      },
      localResources: {
        statement:
          'El diseño tiene en cuenta los recursos locales de personal, enseñanza y desarrollo profesional.',
        descriptors: {
          early: 'No se han tenido en cuenta los recursos locales.',
          developing:
            'Se conocen los recursos de uno de estos ámbitos: personal, enseñanza o desarrollo profesional.',
          prepared: 'Se han contemplado todos los recursos de personal, de enseñanza y de desarrollo profesional.',
          model: 'Los recursos están comprometidos y el diseño aprovecha al máximo las fortalezas locales.',
        },
        recommendation:
          'Compruebe lo que permiten las condiciones locales (personal, materiales didácticos y desarrollo profesional) y ajuste el diseño a ellas.',
      },
      communityStakeholders: {
        statement:
          'Participan partes interesadas de la comunidad, como organizaciones sin fines de lucro, juntas de desarrollo laboral, la industria, los padres de familia, educadores de nivel postsecundario e instituciones con gran presencia de STEM.',
        descriptors: {
          early: 'Solo participa el personal de la escuela.',
          developing: 'Se ha contactado a uno o dos grupos externos.',
          prepared: 'Varias partes interesadas de la comunidad participan en el diseño.',
          model: 'Las partes interesadas comparten la responsabilidad y aportan recursos o experiencia.',
        },
        recommendation:
          'Incorpore al diseño a las partes interesadas de la comunidad: líderes de organizaciones sin fines de lucro, juntas de desarrollo laboral, la industria, los padres de familia, educadores de nivel postsecundario e instituciones con gran presencia de STEM.',
      },
      caseForImplementation: {
        statement:
          'Contamos con una justificación para la implementación que muestra a la comunidad y a los financiadores por qué esto es importante.',
        descriptors: {
          early: 'No se ha redactado ninguna justificación.',
          developing: 'Hay mensajes clave, pero solo para el público interno.',
          prepared:
            'Una justificación escrita explica la importancia y los fundamentos a personas ajenas al ámbito educativo.',
          model: 'La justificación se ha compartido y ha obtenido el apoyo de la comunidad o de los financiadores.',
        },
        recommendation:
          'Redacte una justificación para la implementación junto con el diseño: el liderazgo docente no se entiende bien fuera del ámbito educativo, así que muestre cómo mejora las experiencias de los estudiantes en STEM.',
      },
      timeAndStructure: {
        statement:
          'Los horarios y las estructuras dan a los docentes tiempo para colaborar y para comunicarse con los aliados.',
        descriptors: {
          early: 'Los horarios no dejan tiempo para colaborar.',
          developing: 'A veces se encuentra tiempo, más por buena voluntad que por diseño.',
          prepared: 'El tiempo para colaborar y para trabajar con los aliados está integrado en el horario.',
          model: 'El tiempo reservado para colaborar figura en el horario aprobado del próximo año, con una fecha fijada para revisar cómo se usa.',
        },
        recommendation:
          'Rediseñe los horarios y las estructuras para facilitar la colaboración: el tiempo se señala a menudo como el mayor obstáculo, y donde la colaboración o la diferenciación de puestos son algo nuevo, las estructuras existentes quizá no las faciliten.',
      },
      dedicatedTime: {
        statement:
          'El docente líder tendrá tiempo reservado para el rol, en lugar de encajarlo entre otras responsabilidades.',
        descriptors: {
          early: 'El trabajo se sumaría a las responsabilidades actuales de alguien, sin liberarle tiempo.',
          developing: 'Se espera contar con tiempo liberado, pero aún no figura en el horario ni en el presupuesto.',
          prepared:
            'El tiempo reservado para el rol figura en el borrador del horario y del presupuesto, y se ha designado a la persona que asumirá las demás responsabilidades del líder.',
          model:
            'El tiempo reservado está aprobado en el horario y el presupuesto del próximo año, y las demás responsabilidades del líder se han reasignado formalmente.',
        },
        recommendation:
          'Reserve tiempo para el rol en sí. Según la fuente, el impulso para mejorar la enseñanza de STEM tiene más probabilidades de mantenerse cuando un líder de la propia escuela dispone de tiempo para ello que cuando recae en personal ya ocupado con otras tareas.',
      },
      roleDimensions: {
        statement:
          'Hemos definido la etapa de la carrera docente, el grado de formalidad, la esfera de influencia y el propósito del rol.',
        descriptors: {
          early: 'No se ha descrito el rol.',
          developing: 'Algunas dimensiones están definidas; otras quedan abiertas.',
          prepared: 'Las cuatro dimensiones están definidas y por escrito.',
          model: 'Las cuatro dimensiones constan por escrito, junto con la forma en que el rol trabajará con los docentes líderes informales.',
        },
        recommendation:
          'Describa el rol según las cuatro dimensiones (etapa de la carrera docente, grado de formalidad, esfera de influencia y propósito) y elija entre un rol híbrido, de tiempo completo o tradicional.',
      },
    },
    questions: {
      localResources: { label: 'Recursos locales de personal, enseñanza y desarrollo profesional' },
      stakeholders: {
        label: '¿Qué partes interesadas de la comunidad involucrará?',
        hint: 'Seleccione todas las opciones que correspondan.',
        options: {
          nonprofits: 'Líderes de organizaciones sin fines de lucro',
          workforceBoards: 'Juntas de desarrollo laboral',
          industry: 'Representantes de la industria',
          parents: 'Padres de familia',
          postsecondary: 'Educadores de nivel postsecundario',
          stemInstitutions: 'Instituciones con gran presencia de STEM',
        },
        optionHints: { stemInstitutions: 'Centros de ciencias, museos, organizaciones de investigación.' },
      },
      caseForImplementation: {
        label: 'Su justificación para la implementación, dirigida a la comunidad y a los financiadores',
      },
      scheduling: {
        label: '¿Cómo crearán las estructuras y los horarios tiempo para colaborar?',
        hint: 'El tiempo se señala a menudo como el mayor obstáculo.',
      },
      roleType: {
        label: '¿Qué tipo de puesto será?',
        options: { hybrid: 'Híbrido', fullTime: 'De tiempo completo', traditional: 'Rol formal tradicional' },
        optionHints: {
          hybrid: 'Parte del tiempo enseña a estudiantes y parte acompaña a colegas (coaching); la enseñanza mantiene al día la práctica del propio líder y lo acerca al trabajo central de la escuela.',
          fullTime: 'Fuera del aula, como asesor pedagógico (coach) de la escuela o recurso del distrito.',
          traditional: 'Por ejemplo, jefe de departamento o presidente de un comité.',
        },
      },
      formality: {
        label: 'Grado de formalidad',
        options: { formal: 'Formal', informal: 'Informal', both: 'Ambos' },
        optionHints: {
          formal: 'Un puesto designado, con su descripción del puesto.',
          informal: 'Liderazgo desde el aula, sin un nombramiento.',
          both: 'Un rol formal junto a líderes informales.',
        },
      },
      careerStages: {
        label: 'Etapa de la carrera docente del docente líder',
        hint: 'En qué punto de su propia carrera docente se encuentra quien ocupe el puesto. Suele influir en las funciones que le convienen, en cómo responden sus colegas y en las redes que le sirven en su trabajo. Seleccione todas las opciones que correspondan.',
        options: {
          preservice: 'En formación inicial',
          novice: 'Principiante',
          veteran: 'Veterano',
          master: 'Docente experto',
        },
      },
      spheres: {
        label: 'Esfera de influencia',
        hint: 'Dónde se ubica el rol y en quiénes busca influir. Algunos líderes trabajan en varias organizaciones, por ejemplo con una universidad, una organización sin fines de lucro o una asociación, sin dejar de enseñar. Seleccione todas las opciones que correspondan.',
        options: {
          school: 'Escuela',
          district: 'Distrito',
          state: 'Estado',
          networks: 'Redes regionales o nacionales',
          academia: 'Educación superior o investigación',
          pdOrganizations: 'Organizaciones o asociaciones de desarrollo profesional',
        },
      },
      purposes: {
        label: 'Propósito del rol',
        hint: 'Seleccione todas las opciones que correspondan.',
        options: {
          coachingPeers: 'Acompañar a colegas (coaching)',
          leadingTeams: 'Dirigir grupos y equipos en la escuela',
          districtWork: 'Trabajar a nivel de distrito',
          decisionMaking: 'Contribuir a las decisiones de la escuela o del distrito',
          professionalizing: 'Profesionalizar la docencia a nivel de distrito o de estado',
          garneringResources: 'Conseguir recursos de fuera de la escuela',
        },
      },
      integratedStem: {
        label: '¿El programa buscará un enfoque de STEM integrado?',
        hint: 'Conectar las disciplinas STEM entre sí y con las humanidades. Exige un cambio en la cultura escolar y también puede reforzar el aprendizaje dentro de cada materia.',
        options: {
          yes: 'Sí, el STEM integrado forma parte de nuestra visión',
          exploring: 'Lo estamos explorando',
          no: 'No, nos centramos en las disciplinas por separado',
        },
      },
      elementaryApproaches: {
        label: '¿Qué enfoques de primaria usará?',
        hint: 'Seleccione todas las opciones que correspondan. Provienen de programas de primaria; en un plan K–12 o de todo el distrito, aplíquelos a sus escuelas primarias.',
        options: {
          twoPronged: 'Desarrollar tanto la práctica docente en STEM como las habilidades de liderazgo',
          collaboration: 'Oportunidades para colaborar con otros docentes de STEM y recibir su retroalimentación',
          leadershipTeam: 'Un lugar en el equipo directivo de la escuela',
          modelClassroom: 'Mantener en el aula a docentes de STEM destacados como modelo visible',
        },
        optionHints: {
          twoPronged:
            'Contenido, aprendizaje basado en proyectos, recursos de STEM y equilibrio entre materias; además, promoción de STEM y liderazgo de otros adultos.',
          collaboration:
            'Desarrollo profesional residencial, pasantías con investigadores o con la industria, equipos de planificación de clases.',
          leadershipTeam: 'Para que STEM tenga voz en las decisiones de la escuela.',
          modelClassroom: 'Imparten clases modelo e inician conversaciones sobre STEM en toda la escuela.',
        },
      },
    },
    discussionPrompts: [
      '¿De qué parte del horario semanal saldría realmente el tiempo para colaborar?',
      'Rol híbrido, de tiempo completo o tradicional: ¿cuál se ajusta a nuestro personal y a nuestro presupuesto, y por qué?',
      'Si un financiador preguntara «¿por qué es importante esto para los estudiantes?», ¿qué le diríamos en dos oraciones?',
    ],
    errors: {
      localResourcesTooLong: 'Escriba los recursos locales con {max} caracteres como máximo',
      caseForImplementationTooLong: 'Escriba una justificación para la implementación de {max} caracteres como máximo',
      schedulingTooLong: 'Escriba su plan de horarios con {max} caracteres como máximo',
    },
  },
} satisfies CatalogPart<typeof designMessages>;
