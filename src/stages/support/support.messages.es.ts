import type { CatalogPart } from '../../i18n/translation';
import type { supportMessages } from './support.messages';

export default {
  'stage-support': {
    items: {
      leadership: {
        statement: 'Hemos planificado apoyo para el líder en liderazgo, incluido «liderar hacia arriba».',
        descriptors: {
          early: 'Nadie ha previsto cómo aprenderá el líder a liderar a colegas ni a trabajar con los administradores.',
          developing:
            'Se da por hecha una formación genérica en liderazgo, que no incluye liderar a colegas ni «liderar hacia arriba».',
          prepared:
            'Está elegida y programada la formación para liderar a colegas y para liderar hacia arriba, y se ha designado a un supervisor que se reunirá con el líder con regularidad.',
          model:
            'Estos planes constan por escrito, se ha designado a un mentor ajeno a la línea jerárquica del líder y hay reuniones periódicas con los administradores en el calendario.',
        },
        recommendation:
          'Planifique desarrollo profesional para liderar a colegas y para «liderar hacia arriba» ante administradores y supervisores.',
      },
      adultLearners: {
        statement: 'Hemos planificado apoyo para el líder en la enseñanza a personas adultas.',
        descriptors: {
          early: 'No hay preparación prevista para trabajar con personas adultas.',
          developing:
            'Se espera que el líder acompañe a colegas y dirija sesiones para ellos, sin preparación previa.',
          prepared:
            'Está elegida y tiene fecha la formación para dirigir sesiones con adultos, acompañar (coaching), practicar la coenseñanza y ser mentor de docentes nuevos.',
          model:
            'Hay práctica con retroalimentación programada, como dirigir una sesión junto a un asesor pedagógico (coach) con experiencia, antes de que el líder trabaje por su cuenta.',
        },
        recommendation:
          'Prepare al líder para trabajar con personas adultas: diseñar y dirigir sesiones para el personal, acompañar a colegas (coaching) y enseñar junto a ellos, y ser mentor de docentes que se inician en la profesión.',
      },
      innovativeInstruction: {
        statement: 'Hemos planificado apoyo para el líder en enfoques innovadores de la enseñanza de STEM.',
        descriptors: {
          early: 'No hay formación prevista en enseñanza basada en proyectos o en problemas, digital o de aula invertida.',
          developing: 'Se espera que el líder ya conozca estos enfoques o que los aprenda por su cuenta.',
          prepared:
            'Está elegida y programada la formación en los enfoques que la escuela quiere extender, ajustada a lo que el líder ya sabe.',
          model:
            'El plan indica qué enfoques se extenderán primero, y hay visitas organizadas a aulas que ya los usan.',
        },
        recommendation:
          'Fortalezca el dominio del líder del aprendizaje basado en proyectos y en problemas, el aprendizaje digital y el aula invertida.',
      },
      communityIndustry: {
        statement:
          'Hemos planificado apoyo para el líder en la participación de la comunidad y las alianzas con la industria.',
        descriptors: {
          early: 'No hay ayuda prevista para crear alianzas fuera de la escuela.',
          developing: 'Se espera que el líder encuentre aliados por su cuenta, sin presentaciones.',
          prepared:
            'Están previstas presentaciones a profesionales de STEM, empleadores locales o instituciones de educación superior concretos, con tiempo para el trabajo con aliados.',
          model:
            'Las primeras reuniones con aliados concretos están programadas, y se ha acordado quién firma los acuerdos de colaboración.',
        },
        recommendation:
          'Ayude al líder a crear alianzas con profesionales de STEM, la industria local y la educación superior.',
      },
      advocacy: {
        statement: 'Hemos planificado apoyo para el líder en promoción y defensa de STEM.',
        descriptors: {
          early: 'No hay apoyo previsto para dar a conocer las necesidades de STEM.',
          developing: 'El líder puede plantear necesidades de manera informal, sin orientación sobre cómo ni ante quién.',
          prepared:
            'Está previsto un acompañamiento para presentar las necesidades de STEM ante la escuela, el distrito o responsables de políticas, con una primera ocasión definida.',
          model:
            'Hay un calendario de ocasiones (reuniones de la junta escolar, comités del distrito, redes estatales) y una persona designada para ayudar al líder a prepararse.',
        },
        recommendation:
          'Desarrolle la habilidad del líder para comunicar las necesidades de STEM y así orientar las políticas, a nivel local y más allá.',
      },
      resourceDevelopment: {
        statement: 'Hemos planificado apoyo para el líder en la obtención de recursos.',
        descriptors: {
          early: 'No hay apoyo previsto para encontrar subvenciones u otros recursos.',
          developing:
            'Las oportunidades de subvención se comparten de manera informal, sin ayuda para redactar ni presentar solicitudes.',
          prepared:
            'Está organizada la ayuda para redactar propuestas de subvención y la afiliación a al menos una red que ofrece recursos de STEM.',
          model:
            'Hay una lista de subvenciones objetivo con sus plazos, y una persona con experiencia designada para revisar la primera solicitud del líder.',
        },
        recommendation:
          'Apoye al líder en la redacción de propuestas de subvención y en su incorporación a redes que ofrecen recursos de STEM.',
      },
    },
    questions: {
      pdPlan: {
        label: 'Plan de desarrollo profesional para el docente líder',
        hint: 'Para cada área: qué prioridad tiene, qué apoyo brindará y cuándo.',
        rows: {
          leadership: {
            label: 'Liderazgo',
            hint: 'Liderar a colegas y «liderar hacia arriba» ante administradores y supervisores.',
          },
          adultLearners: {
            label: 'Enseñanza a personas adultas',
            hint: 'Dirigir sesiones para el personal, acompañar a colegas (coaching) y enseñar junto a ellos, ser mentor de docentes nuevos.',
          },
          innovativeInstruction: {
            label: 'Enfoques innovadores de la enseñanza de STEM',
            hint: 'Aprendizaje basado en proyectos y en problemas, aprendizaje digital, aula invertida.',
          },
          communityIndustry: {
            label: 'Participación de la comunidad y alianzas con la industria',
            hint: 'Alianzas con profesionales de STEM, la industria local y la educación superior.',
          },
          advocacy: {
            label: 'Promoción y defensa',
            hint: 'Dar a conocer las necesidades de STEM a quienes definen las políticas, desde la escuela y el distrito hacia arriba.',
          },
          resourceDevelopment: {
            label: 'Obtención de recursos',
            hint: 'Redactar propuestas de subvención y unirse a redes y organizaciones que ofrecen recursos de STEM.',
          },
        },
        columns: {
          priority: { label: 'Prioridad', options: { high: 'Alta', medium: 'Media', low: 'Baja' } },
          plannedSupport: { label: 'Apoyo previsto' },
          timeline: { label: 'Calendario' },
        },
      },
      otherSupports: {
        label: 'Otros apoyos para el nuevo líder',
        hint: 'Por ejemplo, una red de otros docentes líderes en STEM o la retroalimentación de colegas.',
      },
    },
    discussionPrompts: [
      '¿Cuál de las seis áreas le resultaría más difícil a un nuevo líder aquí durante el primer período?',
      '¿A quién acudirá el líder cuando «liderar hacia arriba» ante los administradores se vuelva difícil?',
      '¿A qué redes u organizaciones que ofrecen recursos de STEM podría unirse el líder?',
    ],
    errors: {
      plannedSupportTooLong: 'Escriba el apoyo previsto con {max} caracteres como máximo',
      timelineTooLong: 'Escriba un calendario de {max} caracteres como máximo',
      otherSupportsTooLong: 'Escriba otros apoyos con {max} caracteres como máximo',
    },
  },
} satisfies CatalogPart<typeof supportMessages>;
