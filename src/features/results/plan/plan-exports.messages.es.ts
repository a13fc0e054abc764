import type { CatalogPart } from '../../../i18n/translation';
import type { planExportsMessages } from './plan-exports.messages';

export default {
  'plan-exports': {
    heading: 'Descargar el plan',
    intro:
      'El resumen para la junta cabe en cuatro páginas: la decisión, la preparación, las cinco brechas más importantes, el cronograma, el presupuesto y cómo sabrán que funciona. El plan completo añade cada parte y las respuestas de cada paso. El documento de Word contiene el plan completo, listo para editar.',
    board: 'Resumen para la junta (PDF)',
    full: 'Plan completo (PDF)',
    docx: 'Documento de Word (.docx)',
  },
} satisfies CatalogPart<typeof planExportsMessages>;
