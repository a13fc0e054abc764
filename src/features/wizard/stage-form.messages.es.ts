import type { CatalogPart } from '../../i18n/translation';
import type { stageFormMessages } from './stage-form.messages';

export default {
  'wizard-stage-form': {
    profileLead: 'Algunos datos que aparecerán en sus resultados y en su plan.',
    presentStep: 'Presentar este paso en un proyector',
    ratingsTitle: 'Califique su nivel de preparación',
    ratingsHint: 'Para cada afirmación, elija el nivel que mejor describe su situación actual, o Aún no lo sé.',
    questionsTitle: 'Planifique los detalles',
    profileQuestionsTitle: 'Sus datos',
    saveAndContinue: 'Guardar y continuar',
    saveAndReturn: 'Guardar y volver a la revisión',
    back: 'Atrás',
    keptAsYouType: 'Sus respuestas se guardan en esta computadora mientras escribe, incluso antes de continuar.',
  },
} satisfies CatalogPart<typeof stageFormMessages>;
