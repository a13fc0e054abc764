import type { CatalogPart } from '../../../i18n/translation';
import type {
  budgetMessages,
  communicationMessages,
  evaluationMessages,
  planPartsMessages,
  roleDesignMessages,
  timelineMessages,
} from './plan-parts.messages';

export default {
  'plan-parts': {
    keptAsYouType: 'Sus cambios se conservan mientras escribe; el plan y su PDF los muestran.',
    notChosen: 'Sin elegir',
    notProvided: 'No se indicó',
    rowAdded: 'Fila agregada.',
    rowRemoved: 'Fila eliminada.',
    fixBeforeExport:
      'Corrija el dato señalado en «{part}»: lo que escribió se conserva, pero el plan todavía no puede mostrarlo',
  },
  'plan-budget': {
    heading: 'Presupuesto y financiamiento, tres años',
    edit: 'Editar el presupuesto',
    done: 'Terminar de editar el presupuesto',
    linesCaption: 'Líneas de costo',
    hint: 'Lo que cuesta el programa cada año y quién lo paga. Los montos están en dólares estadounidenses; deje un año en blanco si no hay costo o aún no se conoce. Las líneas sugeridas provienen de sus respuestas sobre financiamiento del paso 5, sin montos: la aplicación no inventa cifras.',
    lineLegend: 'Línea de costo {number}',
    item: 'Qué cubre',
    category: 'Categoría',
    amount: '{year}: monto (US$)',
    source: 'Fuente de financiamiento',
    recurrence: 'Único o recurrente',
    leaderPosition: 'Esta línea paga el puesto de docente líder',
    add: 'Agregar una línea de costo',
    remove: 'Eliminar la línea de costo {number}',
    empty: 'Todavía no hay líneas de costo.',
    positionLine: 'Puesto de docente líder',
    totalsCaption: 'Totales por año y fuente de financiamiento',
    sourceColumn: 'Fuente de financiamiento',
    total: 'Total',
    noSource: 'Fuente sin elegir',
    shareNoPositionLine:
      'Marque las líneas que pagan el puesto de docente líder para ver qué parte cubren los fondos recurrentes del distrito en el año 3.',
    shareNoYear3:
      'Escriba los montos del año 3 para el puesto de docente líder para ver qué parte cubren los fondos recurrentes del distrito.',
    shareAll:
      'En el año 3, los fondos recurrentes del distrito pagan todo el puesto de docente líder ({recurring} de {total}).',
    sharePart:
      'En el año 3, los fondos recurrentes del distrito pagan el {percent} del puesto de docente líder ({recurring} de {total}). Un plan para pasar el resto de subvenciones u otras fuentes a fondos recurrentes ayuda a que el puesto perdure (paso 5).',
  },
  'plan-timeline': {
    heading: 'Cronograma e hitos',
    edit: 'Editar los hitos',
    doneEditing: 'Terminar de editar los hitos',
    hint: 'Los hitos que necesita el inicio, con fechas y responsables, y las acciones de su plan en el mismo eje de tiempo. Agregue sus propios hitos si necesita más.',
    date: 'Fecha del hito',
    owner: 'Quién se encarga',
    done: 'Terminado',
    label: 'Hito',
    customLegend: 'Su hito {number}',
    add: 'Agregar un hito',
    remove: 'Eliminar su hito {number}',
    untitledMilestone: 'Hito sin título',
    untitledAction: 'Acción sin título',
    notDone: 'Sin terminar',
    chartTitle: 'Cronograma de hitos y acciones',
    chartDescription:
      '{count} entradas con fecha, del {from} al {to}. La tabla siguiente presenta las mismas entradas.',
    chartRegion: 'Gráfico del cronograma (se desplaza hacia los lados en pantallas pequeñas)',
    noDates: 'Agregue fechas a los hitos o a las acciones para verlos en el cronograma.',
    legendMilestone: 'Hito: rombo',
    legendAction: 'Acción: barra desde el inicio hasta la fecha límite',
    legendDone: 'Terminado: relleno, con una marca',
    tableCaption: 'Hitos y acciones por fecha',
    columns: {
      number: 'N.º',
      what: 'Qué',
      kind: 'Tipo',
      owner: 'Responsable',
      date: 'Fecha',
      status: 'Estado',
    },
    kinds: { milestone: 'Hito', action: 'Acción' },
    noDate: 'Todavía sin fecha',
    dateRange: 'Inicio: {start}; límite: {due}',
  },
  'plan-evaluation': {
    evidenceHeading: 'Evidencia de su plan de evaluación',
    evidenceLine: '{benefit}: {indicator}',
    evidenceTarget: 'meta: {target}',
    evidenceReview: 'revisión el {date}',
    heading: 'Evaluación del programa',
    edit: 'Editar los indicadores',
    done: 'Terminar de editar los indicadores',
    tableCaption: 'Cómo sabrán que el programa funciona',
    hint: 'Cómo sabrán que el programa funciona, aparte de la evaluación del docente líder: una fila por cada beneficio que su equipo eligió como prioridad en el paso 2. Lo que aprendan ayuda a decidir qué elementos sostener.',
    rowLegend: 'Indicador {number}',
    benefit: 'Beneficio',
    indicator: 'Indicador',
    indicatorHint: 'Lo que van a medir u observar.',
    dataSource: 'Fuente de datos',
    baseline: 'Punto de partida',
    target: 'Meta',
    reviewDate: 'Fecha de revisión',
    add: 'Agregar un indicador',
    remove: 'Eliminar el indicador {number}',
    empty:
      'Todavía no hay indicadores. Elija beneficios prioritarios en el paso 2 o agregue uno aquí.',
  },
  'plan-communication': {
    heading: 'Plan de comunicación',
    edit: 'Editar los mensajes',
    done: 'Terminar de editar los mensajes',
    tableCaption: 'A quién informarán, qué, cómo y cuándo',
    hint: 'A quién informarán, qué, cómo, quién lo hará y cuándo. Los mensajes parten del «porqué» de su visión (paso 2) y de su justificación para la implementación (paso 4).',
    rowLegend: 'Mensaje {number}',
    audience: 'Destinatarios',
    message: 'Mensaje',
    channel: 'Medio',
    channelHint:
      'Por ejemplo, una reunión del personal, un boletín o una presentación ante la junta.',
    owner: 'Quién lo comunica',
    when: 'Cuándo',
    add: 'Agregar un mensaje',
    remove: 'Eliminar el mensaje {number}',
    empty: 'Todavía no hay mensajes.',
  },
  'plan-role-design': {
    heading: 'Revisión del diseño del rol',
    edit: 'Editar el diseño del rol',
    done: 'Terminar de editar el diseño del rol',
    hint: 'Registre cómo funcionará el rol. Nada de esto es obligatorio; las revisiones señalan respuestas que se contradicen.',
    protectedPercent: 'Parte del tiempo del docente líder reservada para el rol (%)',
    protectedPercentHint:
      '100 significa fuera del aula a tiempo completo; un rol híbrido conserva algo de enseñanza.',
    coverage: 'Quién cubre las demás funciones del docente líder durante ese tiempo',
    teachersServed: 'Número de docentes a los que atiende el rol',
    schoolsServed: 'Número de escuelas a las que atiende el rol',
    selectionCriteria: 'Criterios de selección',
    selectionCriteriaHint: 'Sugeridos a partir de las competencias esenciales del paso 6.',
    payType: 'Tipo de pago',
    checksHeading: 'Revisiones',
    noWarnings: 'No se encontraron contradicciones en lo registrado.',
    percentValue: '{percent} del tiempo del docente líder',
    fullTimePartRelease:
      'El paso 4 describe un rol a tiempo completo fuera del aula; sin embargo, solo el {percent} del tiempo del docente líder está reservado para él.',
    warnings: {
      hybridFullRelease:
        'El paso 4 describe un rol híbrido, en el que el docente líder sigue enseñando parte del tiempo; sin embargo, todo su tiempo está reservado para el rol: eso es un rol a tiempo completo fuera del aula.',
      noProtectedTime:
        'No hay tiempo reservado para el rol. El tiempo es la barrera que más se menciona; sin él, el rol se suma a una carga docente completa.',
      protectedTimeUndecided:
        'Todavía no se ha registrado qué parte del tiempo del docente líder se reserva para el rol.',
      noCoverage:
        'Hay tiempo reservado, pero no se ha nombrado a nadie que cubra las demás funciones del docente líder durante ese tiempo.',
      noReportingLine:
        'La descripción del puesto no indica de quién depende: diga de quién depende el docente líder (paso 6, o edite la descripción del puesto).',
    },
  },
} satisfies CatalogPart<typeof planPartsMessages> &
  CatalogPart<typeof budgetMessages> &
  CatalogPart<typeof timelineMessages> &
  CatalogPart<typeof evaluationMessages> &
  CatalogPart<typeof communicationMessages> &
  CatalogPart<typeof roleDesignMessages>;
