import type { CatalogPart } from '../i18n/translation';
import type { levelMessages, sourceMessages } from './content.messages';

export default {
  levels: {
    early: 'Inicial',
    developing: 'En desarrollo',
    prepared: 'Preparado',
    model: 'Modelo',
    unsure: 'Aún no lo sé',
  },
  sources: {
    title: 'Building STEM Teacher Leadership',
    titleGloss: 'Desarrollo del liderazgo docente en STEM',
    subtitle:
      'Reflexiones de la comunidad de docentes líderes en STEM sobre las oportunidades y carencias en la formación de docentes líderes en STEM',
    pages: {
      benefits: 'How can STEM teacher leadership benefit my school and the work of administrators?',
      steps:
        'What steps could guide an administrator who is interested in implementing a STEM teacher leadership program?',
      elementary: 'How do programs approach elementary STEM teacher leadership?',
      integrated:
        'How might STEM teacher leadership support a vision of integrated STEM instruction and innovation?',
      roles: 'What are potential roles of a STEM teacher leader?',
    },
    pageGloss: {
      benefits: '¿Cómo puede el liderazgo docente en STEM beneficiar a mi escuela y la labor de los administradores?',
      steps: '¿Qué pasos pueden guiar a un administrador que quiere implementar un programa de liderazgo docente en STEM?',
      elementary: '¿Cómo abordan los programas el liderazgo docente en STEM en primaria?',
      integrated: '¿Cómo puede el liderazgo docente en STEM apoyar una visión de enseñanza integrada de STEM e innovación?',
      roles: '¿Cuáles son los posibles roles de un docente líder en STEM?',
    },
    citation: '{title}: {page}',
  },
} satisfies CatalogPart<typeof levelMessages> & CatalogPart<typeof sourceMessages>;
