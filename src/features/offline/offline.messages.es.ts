import type { CatalogPart } from '../../i18n/translation';
import type { offlineMessages } from './offline.messages';

export default {
  offline: {
    ready: 'Lista para trabajar sin conexión',
    updateTitle: 'Hay una nueva versión disponible',
    updateUnsaved:
      'Sus respuestas se conservan solo en esta pestaña, así que al volver a cargar la página se borrarían: guarde una copia antes. Si espera, la nueva versión se iniciará la próxima vez que abra la aplicación después de cerrar todas sus pestañas.',
    updateSaved:
      'Sus respuestas están guardadas en esta computadora y seguirán ahí después de volver a cargar la página. Si espera, la nueva versión se iniciará la próxima vez que abra la aplicación después de cerrar todas sus pestañas.',
    saveCopy: 'Guardar una copia',
    reload: 'Volver a cargar para actualizar',
    notNow: 'Ahora no',
  },
} satisfies CatalogPart<typeof offlineMessages>;
