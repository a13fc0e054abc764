import type { CatalogPart } from '../../../i18n/translation';
import type { roomResetMessages } from './reset-dialog.messages';

export default {
  'room-reset': {
    button: 'Restablecer para el siguiente grupo',
    title: '¿Desea restablecer para el siguiente grupo?',
    detail:
      'Se borrará de esta computadora la sala del taller (su nombre, los participantes, sus calificaciones y el consenso). Sus propias respuestas no cambian. Guarde la sala primero para conservarla como archivo de sala.',
    saveAndReset: 'Guardar la sala y restablecer',
    resetWithoutSaving: 'Restablecer sin guardar',
    cancel: 'Cancelar',
  },
} satisfies CatalogPart<typeof roomResetMessages>;
