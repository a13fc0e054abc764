import type { CatalogPart } from '../../i18n/translation';
import type { supportMessages } from './support.messages';

export default {
  'stage-support': {
    descriptors: {
      early: 'No se ha planificado apoyo en esta área.',
      developing: 'El apoyo es improvisado o genérico, no se ajusta a las necesidades del líder.',
      prepared: 'Está planificado y programado un desarrollo profesional ajustado a las necesidades del líder.',
      model: 'Hay un apoyo continuo y ajustado a las necesidades, con redes y seguimiento.',
    },
    items: {
      leadership: {
        statement: 'Hemos planificado apoyo para el líder en liderazgo, incluido “liderar hacia arriba”.',
        recommendation:
          'Planifique desarrollo profesional para liderar a colegas y para “liderar hacia arriba” ante administradores y supervisores.',
      },
      adultLearners: {
        statement: 'Hemos planificado apoyo para el líder en la enseñanza a personas adultas.',
        recommendation:
          'Prepare al líder para enseñar a personas adultas: impartir desarrollo profesional, acompañar a colegas (coaching), practicar la coenseñanza y ser mentor de docentes que comienzan su carrera.',
      },
      innovativeInstruction: {
        statement: 'Hemos planificado apoyo para el líder en enfoques innovadores de la enseñanza de STEM.',
        recommendation:
          'Fortalezca el dominio del líder del aprendizaje basado en proyectos y en problemas, el aprendizaje digital y el aula invertida.',
      },
      communityIndustry: {
        statement:
          'Hemos planificado apoyo para el líder en la participación de la comunidad y las alianzas con la industria.',
        recommendation:
          'Ayude al líder a crear alianzas con profesionales de STEM, la industria local y la educación superior.',
      },
      advocacy: {
        statement: 'Hemos planificado apoyo para el líder en promoción y defensa de STEM.',
        recommendation:
          'Desarrolle la habilidad del líder para comunicar las necesidades de STEM y así orientar las políticas, a nivel local y más allá.',
      },
      resourceDevelopment: {
        statement: 'Hemos planificado apoyo para el líder en la obtención de recursos.',
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
            hint: 'Liderar a colegas y “liderar hacia arriba” ante administradores y supervisores.',
          },
          adultLearners: {
            label: 'Enseñanza a personas adultas',
            hint: 'Impartir desarrollo profesional a educadores, acompañamiento (coaching), coenseñanza y mentoría de docentes que comienzan su carrera.',
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
            hint: 'Comunicar problemas y necesidades para orientar las políticas de educación en STEM.',
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
      '¿A quién acudirá el líder cuando “liderar hacia arriba” ante los administradores se vuelva difícil?',
      '¿A qué redes u organizaciones que ofrecen recursos de STEM podría unirse el líder?',
    ],
    errors: {
      plannedSupportTooLong: 'Escriba el apoyo previsto con {max} caracteres como máximo',
      timelineTooLong: 'Escriba un calendario de {max} caracteres como máximo',
      otherSupportsTooLong: 'Escriba otros apoyos con {max} caracteres como máximo',
    },
  },
} satisfies CatalogPart<typeof supportMessages>;
