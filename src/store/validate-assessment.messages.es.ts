import type { CatalogPart } from '../i18n/translation';
import type { assessmentMessages } from './validate-assessment.messages';

export default {
  'wizard-validation': {
    completeStage: 'Complete «{stage}»',
    checkStage: 'Revise sus respuestas de «{stage}»: {problem}',
  },
} satisfies CatalogPart<typeof assessmentMessages>;
