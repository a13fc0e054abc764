import type { CatalogPart } from '../i18n/translation';
import type { stageMessages } from './stages.messages';

export default {
  stages: {
    chooseLevel: 'Elija un nivel para «{statement}» o elija Aún no lo sé',
    notesTooLong: 'Escriba evidencias o notas de {max} caracteres como máximo',
  },
} satisfies CatalogPart<typeof stageMessages>;
