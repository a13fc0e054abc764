import type { CatalogPart } from '../../i18n/translation';
import type { fieldMessages } from './fields.messages';

export default {
  'wizard-fields': {
    charactersRemaining: { one: 'Queda {number} carácter', other: 'Quedan {number} caracteres' },
    charactersTooMany: { one: 'Sobra {number} carácter', other: 'Sobran {number} caracteres' },
    notChosen: 'Sin elegir',
    source: 'Fuente: {page}',
    notesLabel: 'Evidencia o notas sobre la afirmación {number} (opcional)',
  },
} satisfies CatalogPart<typeof fieldMessages>;
