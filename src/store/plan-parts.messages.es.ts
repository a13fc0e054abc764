import type { CatalogPart } from '../i18n/translation';
import type { planPartsErrorMessages, planPartsValueMessages } from './plan-parts.messages';

export default {
  'plan-parts-errors': {
    tooLong:
      'Use como máximo {max} caracteres. Lo que escribió se conserva aquí hasta que lo acorte.',
    controlCharacters:
      'Quite los caracteres de control invisibles (suelen pegarse desde otro programa).',
    date: 'Escriba una fecha, por ejemplo, 2027-03-31',
    negative: 'Escriba cero o más; los costos no pueden ser negativos.',
    amount: 'Escriba un monto en dólares, por ejemplo, 12500 o 12,500.50',
    amountTooLarge: 'Escriba un monto de {max} dólares como máximo.',
    wholeNumber: 'Escriba un número entero, por ejemplo, 12',
    percentTooLarge: 'Escriba un porcentaje de 0 a {max}.',
    countTooLarge: 'Escriba un número de {max} como máximo.',
  },
  'plan-parts-values': {
    categories: {
      salaryOrStipend: 'Salario o estipendio',
      releaseTime: 'Tiempo liberado',
      professionalDevelopment: 'Desarrollo profesional',
      materials: 'Materiales',
      partnerships: 'Alianzas',
      other: 'Otro',
    },
    sources: {
      grant: 'Subvención',
      recurringDistrict: 'Fondos recurrentes del distrito',
      partner: 'Aliado',
      other: 'Otra',
    },
    recurrences: { oneOff: 'Único', recurring: 'Recurrente' },
    milestones: {
      visionAgreed: 'Visión acordada',
      casePresented: 'Justificación para la implementación presentada',
      jobDescriptionApproved: 'Descripción del puesto aprobada',
      postAdvertised: 'Puesto publicado',
      leaderAppointed: 'Docente líder nombrado',
      launch: 'Inicio del programa',
      firstReview: 'Primera revisión del programa',
      sustainabilityDecision: 'Decisión sobre qué sostener y cómo financiarlo',
    },
    audiences: {
      staff: 'Personal',
      families: 'Familias',
      board: 'Junta escolar',
      partners: 'Aliados',
      students: 'Estudiantes',
      other: 'Otro',
    },
    payTypes: {
      stipend: 'Estipendio',
      salarySchedule: 'Escala salarial',
      other: 'Otro',
      undecided: 'Aún no se ha decidido',
    },
    otherBenefit: 'Otro beneficio',
    notChosen: 'Sin elegir',
  },
} satisfies CatalogPart<typeof planPartsErrorMessages> & CatalogPart<typeof planPartsValueMessages>;
