import type { CatalogPart } from '../../../i18n/translation';
import type { planContentsMessages } from './plan-contents.messages';

export default {
  'plan-contents': {
    label: 'Partes del plan',
    jumpTo: 'Ir a una parte del plan',
    exportReady: 'Listo para exportar',
    exportProblems: { one: '{count} punto por corregir primero', other: '{count} puntos por corregir primero' },
    actions: '{complete} de {total} acciones tienen responsable y fecha límite',
    noActions: 'Aún no hay acciones',
    proposals: { one: '{count} propuesta pendiente', other: '{count} propuestas pendientes' },
    noProposals: 'Todas las propuestas respondidas',
    milestones: '{dated} de {total} hitos con fecha',
    budget: { one: '{count} línea de costo', other: '{count} líneas de costo' },
    noBudget: 'Aún no hay líneas de costo',
    jobEdited: 'Editada por su equipo',
    jobAssembled: 'Redactada a partir de los pasos 4 y 6',
    roleChecks: { one: '{count} punto por revisar', other: '{count} puntos por revisar' },
    noRoleChecks: 'No se encontraron contradicciones',
    pdAreas: { one: '{count} área de apoyo', other: '{count} áreas de apoyo' },
    sustainability: 'A partir de sus respuestas del paso 5',
    evaluation: '{set} de {total} indicadores tienen una meta',
    noEvaluation: 'Aún no hay indicadores',
    communication: { one: '{count} mensaje previsto', other: '{count} mensajes previstos' },
    noCommunication: 'Aún no hay mensajes previstos',
  },
} satisfies CatalogPart<typeof planContentsMessages>;
