import type { CatalogPart } from '../i18n/translation';
import type { stageHeadingMessages } from './stage-heading.messages';

export default {
  'wizard-stage-heading': {
    beforeYouStart: 'Antes de empezar',
    stepOf: 'Paso {number} de {total}',
    stepPageTitle: 'Paso {number} de {total} – {title}',
  },
} satisfies CatalogPart<typeof stageHeadingMessages>;
