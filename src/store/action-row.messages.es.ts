import type { CatalogPart } from '../i18n/translation';
import type { actionRowMessages } from './action-row.messages';

export default {
  'plan-actions': {
    statuses: { notStarted: 'Sin empezar', inProgress: 'En curso', done: 'Terminada' },
    jobSections: {
      role: 'El puesto',
      competencies: 'Competencias esenciales',
      responsibilities: 'Responsabilidades',
      reportsTo: 'Depende de',
      evaluation: 'Cómo se evaluará al docente líder',
      goals: 'Metas y expectativas del primer año',
    },
    errors: {
      actionMissing: 'Escriba la acción que se debe realizar',
      actionTooLong: 'Escriba una acción de {max} caracteres como máximo',
      stepMissing: 'Seleccione el paso al que corresponde esta acción',
      ownerMissing: 'Escriba un responsable para esta acción',
      ownerTooLong: 'Escriba un responsable de {max} caracteres como máximo',
      startInvalid: 'Escriba una fecha de inicio, por ejemplo, 2027-01-15',
      dueInvalid: 'Escriba una fecha límite, por ejemplo, 2027-03-31',
      resourcesTooLong: 'Escriba los recursos con {max} caracteres como máximo',
      successMeasureTooLong: 'Escriba una medida de éxito de {max} caracteres como máximo',
      dueBeforeStart: 'La fecha límite debe ser igual o posterior a la fecha de inicio',
    },
  },
} satisfies CatalogPart<typeof actionRowMessages>;
