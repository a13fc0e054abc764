import type { CatalogPart } from '../../i18n/translation';
import type { stepperMessages } from './stepper.messages';

export default {
  'wizard-stepper': {
    navLabel: 'Progreso',
    stepsCompleted: '{done} de {total} pasos completados',
    profile: 'Perfil',
    stepLabel: '{number}. {title}',
    statusCompleted: '(completado)',
    statusCurrent: '(en curso)',
    statusNotStarted: '(sin empezar)',
    checkAnswers: 'Revisar respuestas',
    checkAnswersLocked: '(disponible cuando se completen todos los pasos)',
    results: 'Resultados',
    plan: 'Plan',
  },
} satisfies CatalogPart<typeof stepperMessages>;
