import type { CatalogPart } from '../i18n/translation';
import type { answerMessages } from './format-answer.messages';

export default {
  'wizard-answers': {
    notProvided: 'Sin respuesta',
    notRated: 'Sin calificar',
    gridCell: '{column}: {answer}',
    gridRow: '{row} – {cells}',
    gridCellSeparator: ', ',
  },
} satisfies CatalogPart<typeof answerMessages>;
