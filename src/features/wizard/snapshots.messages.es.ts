import type { CatalogPart } from '../../i18n/translation';
import type { snapshotListMessages } from './snapshots.messages';

export default {
  'wizard-snapshots': {
    title: 'Evaluaciones anteriores',
    intro:
      'Cada evaluación finalizada se conserva aquí como un registro de solo lectura. Inicie una reevaluación a partir de uno para actualizarla y ver qué cambió.',
    none: 'Aún no hay evaluaciones finalizadas. Finalice una desde su página de resultados para conservar un registro.',
    listLabel: 'Registros',
    dateTime: '{date}, {time}',
    quick: 'Evaluación rápida de preparación',
    full: 'Plan de implementación completo',
    overall: 'Preparación general: {level}',
    notJudged: 'no hay suficientes calificaciones para determinarla',
    kindAndOrg: '{kind} · {orgName}',
    baselineTag: 'Línea de base de la reevaluación actual',
    view: 'Ver o exportar el registro del {when}',
    reassess: 'Iniciar una reevaluación a partir del registro del {when}',
    deleteLabel: 'Eliminar el registro del {when}',
    deleteQuestion: '¿Eliminar el registro del {when}?',
    deleteDetail: 'Se elimina de este navegador. Las copias que guardó como archivos no se ven afectadas.',
    deleteBaseline:
      'Su reevaluación actual se basa en este registro. Conserva su propia copia, así que la vista de progreso sigue funcionando, pero el registro ya no aparecerá en esta lista.',
    deleteConfirm: 'Eliminar el registro',
    deleted: 'Se eliminó el registro del {when}.',
    progressLink: 'Ver el progreso desde la línea de base',
    fileTitle: 'Reevaluar con respecto a un archivo del plan',
    fileReading: 'Leyendo el archivo…',
    fileQuestion: '¿Iniciar una reevaluación con respecto a “{fileName}”?',
    cancel: 'Cancelar',
  },
} satisfies CatalogPart<typeof snapshotListMessages>;
