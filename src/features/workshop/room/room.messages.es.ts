import type { CatalogPart } from '../../../i18n/translation';
import type {
  roomConsensusMessages,
  roomFilesMessages,
  roomPageMessages,
  roomReportMessages,
  roomResetMessages,
  roomSpreadMessages,
} from './room.messages';

export default {
  'room-page': {
    documentTitle: 'Sala del taller',
    caption: 'Para facilitadores',
    title: 'Sala del taller: primero individual, luego en equipo',
    lead: 'Cada participante o equipo califica la preparación en su propio dispositivo y guarda una copia. Abra aquí sus archivos para ver en qué coincide la sala y en qué no, conversar sobre los ítems más disputados y registrar la calificación que acuerde la sala. La sala es una sesión aparte: sus propias respuestas en este navegador no cambian a menos que decida usar el consenso como plan del equipo.',
    source: 'Los ítems de preparación provienen de los pasos de implementación de {title}: “{page}”.',
    sessionTitle: 'Esta sala',
    roomNameLabel: 'Nombre de esta sala (opcional)',
    roomNameHint: 'Por ejemplo, «Grupo del martes, distrito Lincoln». Da nombre al archivo de la sala y al informe.',
    saveRoom: 'Guardar la sala',
    openRoom: 'Abrir una sala',
    openRoomHint: 'Un archivo de sala guardado antes con «Guardar la sala». Reemplaza la sala de esta pantalla, nunca sus propias respuestas.',
    replaceRoomTitle: '¿Desea reemplazar la sala en uso?',
    replaceRoomDetail: 'Al abrir «{fileName}» se reemplazan los participantes, las calificaciones y el consenso de esta sala. Guarde la sala primero para conservarlos.',
    saveRoomFirst: 'Guardar primero esta sala y luego abrir',
    replaceRoom: 'Abrir y reemplazar',
    cancel: 'Cancelar',
    roomNotOpened: 'No se abrió «{fileName}»',
    roomOpened: 'Se abrió el archivo de la sala.',
    teamPlanMade: 'Las calificaciones de consenso son ahora el plan del equipo en este navegador.',
    seeTeamResults: 'Ver los resultados del equipo',
    undo: 'Deshacer',
    dismiss: 'Cerrar',
    participantsTitle: 'Participantes',
    noParticipants: 'Aún no hay participantes. Agregue sus archivos arriba.',
    participantsCaption: 'Participantes ({count})',
    nameColumn: 'Participante',
    organisationColumn: 'Escuela o distrito',
    groupColumn: 'Grupo o mesa',
    teamColumn: 'Quién calificó',
    fileColumn: 'Archivo',
    remove: 'Quitar',
    removeLabel: 'Quitar {name} ({fileName})',
    removed: 'Se quitó {name} ({fileName}).',
  },
  'room-files': {
    title: 'Agregar los archivos de los participantes',
    label: 'Archivos de plan guardados por los participantes',
    hint: 'Elija varios archivos {extension} a la vez o suéltelos aquí. Cada uno es un archivo que un participante o equipo guardó con «Guardar una copia». En la sala solo se conservan sus nombres y calificaciones.',
    reading: { one: 'Leyendo {count} archivo…', other: 'Leyendo {count} archivos…' },
    readingProgress: { one: 'Leyendo {done} de {count} archivo', other: 'Leyendo {done} de {count} archivos' },
    added: { one: 'Se agregó {count} participante.', other: 'Se agregaron {count} participantes.' },
    notAdded: {
      one: '{count} archivo no se agregó; vea el motivo más abajo.',
      other: '{count} archivos no se agregaron; vea los motivos más abajo.',
    },
    updatesWaiting: {
      one: '{count} archivo es de alguien que ya está en la sala; elija más abajo si reemplaza sus calificaciones.',
      other: '{count} archivos son de personas que ya están en la sala; elija más abajo si reemplazan sus calificaciones.',
    },
    notAddedTitle: 'Archivos no agregados ({count})',
    dismissOne: 'Cerrar',
    dismissOneLabel: 'Cerrar la nota sobre {fileName}',
    dismissAll: 'Cerrar todas estas notas',
    updatesTitle: 'Archivos actualizados de personas que ya están en la sala ({count})',
    updateQuestion: '{name} ya está en la sala (con «{previousFile}»). «{fileName}» es un archivo más reciente de esa persona con calificaciones distintas. ¿Desea reemplazar sus calificaciones anteriores?',
    replaceRatings: 'Reemplazar las calificaciones de {name}',
    keepRatings: 'Conservar las calificaciones anteriores de {name}',
    checkerFailed:
      'No se pudo cargar la parte de la aplicación que revisa los archivos de plan. Revise su conexión e inténtelo de nuevo.',
    unreadable: 'No se pudo leer este archivo. Es posible que se haya movido o eliminado.',
    duplicate: 'Este mismo archivo ya está en la sala (como {name}), así que se omitió.',
    sameRatings: '{name} ya está en la sala con estas mismas calificaciones, así que se omitió este archivo.',
    sameParticipantInBatch:
      'Otro archivo de este lote también es de {name}, con calificaciones distintas. Solo se usó el primero; agregue este por separado para elegir si las reemplaza.',
    roomFull: 'La sala ya tiene {max} participantes, el máximo que admite, así que se omitió este archivo.',
    noRatings: 'Este archivo de plan aún no tiene calificaciones de preparación, así que no hay nada que combinar.',
    unnamedFile: 'archivo sin nombre',
  },
  'room-spread': {
    spreadLabel: 'Calificaciones del ítem {number}',
    noAnswer: 'Sin respuesta',
    distance: {
      one: '{range}, {count} nivel de diferencia',
      other: '{range}, {count} niveles de diferencia',
    },
    rangeLine: 'Rango: {distance}.',
    disputedTitle: 'Ítems más disputados',
    noDisputed:
      'Ningún ítem tiene calificaciones en niveles distintos: la sala calificó cada ítem de la misma manera.',
    stepSpreadTitle: 'Distribución por paso',
    stepSpreadIntro:
      'Cuántos participantes obtienen cada nivel en cada paso al combinar sus calificaciones, con la misma regla que los resultados.',
    stepSpreadCaption: 'Participantes en cada nivel, por paso',
    stepColumn: 'Paso',
    notEnoughColumn: 'Faltan respuestas',
    rangeColumn: 'Rango',
  },
  'room-consensus': {
    title: 'Consenso por ítem',
    intro:
      'Para cada ítem, registre la calificación que acuerde la sala. Se guarda solo en la sala; sus propias respuestas no cambian.',
    stepTitle: 'Paso {number}. {title}',
    itemsAgreed: {
      one: '{agreed} de {count} ítem con consenso.',
      other: '{agreed} de {count} ítems con consenso.',
    },
    legend: 'Consenso para el ítem {number}',
    readinessTitle: 'La preparación del grupo según el consenso',
    readinessSummary: {
      one: '{agreed} de {count} ítem tiene consenso. Preparación general según el consenso: {level}.',
      other: '{agreed} de {count} ítems tienen consenso. Preparación general según el consenso: {level}.',
    },
    readinessTable: 'Preparación por paso según el consenso',
    stepColumn: 'Paso',
    agreedColumn: 'Ítems con consenso',
    levelColumn: 'Nivel',
    agreedOf: '{agreed} de {total}',
    teamPlanTitle: 'Del consenso a un plan del equipo',
    teamPlanIntro: {
      one: 'Cuando la sala termine, el consenso puede convertirse en un plan del equipo (una evaluación rápida de preparación) en este navegador. {count} paso tiene consenso en todos sus ítems y se guardaría; los pasos con ítems pendientes quedan para que el equipo los califique.',
      other: 'Cuando la sala termine, el consenso puede convertirse en un plan del equipo (una evaluación rápida de preparación) en este navegador. {count} pasos tienen consenso en todos sus ítems y se guardarían; los pasos con ítems pendientes quedan para que el equipo los califique.',
    },
    teamPlanNeedsConsensus: 'Primero registre un consenso para todos los ítems de al menos un paso.',
    useAsTeamPlan: 'Usar estas calificaciones de consenso como plan del equipo',
    replacePlanTitle: '¿Desea reemplazar las respuestas de este navegador?',
    replacePlanDetail:
      'Este navegador ya tiene un plan. El plan del equipo basado en el consenso lo reemplaza; podrá deshacerlo enseguida. Guarde una copia primero para conservarlo como archivo.',
    saveCopyFirst: 'Guardar una copia primero y luego reemplazar',
    replacePlan: 'Reemplazar con el plan del equipo',
    cancel: 'Cancelar',
  },
  'room-report': {
    title: 'Informe de la sala y el siguiente grupo',
    intro:
      'El informe incluye a los participantes, la distribución por paso y por ítem, los ítems más disputados y el consenso.',
    download: 'Descargar el informe de la sala (PDF)',
    blocked: 'Primero agregue el archivo de al menos un participante.',
    nextGroup: 'Cuando este grupo termine, borre la sala antes de que llegue el siguiente. Sus propias respuestas se conservan.',
  },
  'room-reset': {
    button: 'Restablecer para el siguiente grupo',
    title: '¿Desea restablecer para el siguiente grupo?',
    detail:
      'Se borrará de esta computadora la sala del taller (su nombre, los participantes, sus calificaciones y el consenso). Sus propias respuestas no cambian. Guarde la sala primero para conservarla como archivo de sala.',
    saveAndReset: 'Guardar la sala y restablecer',
    resetWithoutSaving: 'Restablecer sin guardar',
    cancel: 'Cancelar',
  },
} satisfies CatalogPart<typeof roomPageMessages> &
  CatalogPart<typeof roomFilesMessages> &
  CatalogPart<typeof roomSpreadMessages> &
  CatalogPart<typeof roomConsensusMessages> &
  CatalogPart<typeof roomReportMessages> &
  CatalogPart<typeof roomResetMessages>;
