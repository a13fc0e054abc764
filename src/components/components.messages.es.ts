import type { CatalogPart } from '../i18n/translation';
import type { componentMessages } from './components.messages';

export default {
  components: {
    appName: 'Planificador de liderazgo docente en STEM',
    documentTitle: '{page} – {app}',
  },
} satisfies CatalogPart<typeof componentMessages>;
