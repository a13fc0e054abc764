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
    lead: 'Cada participante o equipo califica la preparación en su propio dispositivo y guarda una copia. Abra aquí sus archivos para ver en qué coincide la sala y en qué no, conversar sobre los ítems más disputados y registrar la calificación que acuerde la sala.',
    source: 'Los ítems de preparación provienen de los pasos de implementación de {title}: “{page}”.',
    participantsTitle: 'Participantes',
    noParticipants: 'Aún no hay participantes. Agregue sus archivos arriba.',
    participantsCaption: 'Participantes ({count})',
    nameColumn: 'Escuela, distrito o equipo',
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
    added: { one: 'Se agregó {count} participante.', other: 'Se agregaron {count} participantes.' },
    notAdded: {
      one: '{count} archivo no se agregó; vea el motivo más abajo.',
      other: '{count} archivos no se agregaron; vea los motivos más abajo.',
    },
    notAddedTitle: 'Archivos no agregados ({count})',
    checkerFailed:
      'No se pudo cargar la parte de la aplicación que revisa los archivos de plan. Revise su conexión e inténtelo de nuevo.',
    unreadable: 'No se pudo leer este archivo. Es posible que se haya movido o eliminado.',
    duplicate:
      'Ya hay en la sala un archivo con este nombre, así que se omitió. Si quiere reemplazarlo, quite primero el anterior.',
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
      'Para cada ítem, registre la calificación que acuerde la sala. Se convierte en la respuesta del equipo en este navegador: los resultados y el plan la usan, y se conserva la evidencia ya escrita.',
    stepTitle: 'Paso {number}. {title}',
    itemsAgreed: {
      one: '{agreed} de {count} ítem con consenso.',
      other: '{agreed} de {count} ítems con consenso.',
    },
    written: 'El consenso es la respuesta del equipo para este paso.',
    pending: 'El consenso pasa a ser la respuesta del equipo cuando todos los ítems de este paso tengan uno.',
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
    seeResults: 'Ver los resultados del equipo',
  },
  'room-report': {
    title: 'Informe de la sala y el siguiente grupo',
    intro:
      'El informe incluye a los participantes, la distribución por paso y por ítem, los ítems más disputados y el consenso.',
    download: 'Descargar el informe de la sala (PDF)',
    blocked: 'Primero agregue el archivo de al menos un participante.',
    nextGroup: 'Cuando este grupo termine, borre la sala y las respuestas antes de que llegue el siguiente.',
  },
  'room-reset': {
    button: 'Restablecer para el siguiente grupo',
    title: '¿Desea restablecer para el siguiente grupo?',
    detail:
      'Se borrarán de esta computadora las respuestas actuales y la sala del taller (los participantes, sus calificaciones y el consenso). Guarde una copia primero para conservarlas como archivo de plan.',
    saveAndReset: 'Guardar una copia y restablecer',
    resetWithoutSaving: 'Restablecer sin guardar',
    cancel: 'Cancelar',
  },
} satisfies CatalogPart<typeof roomPageMessages> &
  CatalogPart<typeof roomFilesMessages> &
  CatalogPart<typeof roomSpreadMessages> &
  CatalogPart<typeof roomConsensusMessages> &
  CatalogPart<typeof roomReportMessages> &
  CatalogPart<typeof roomResetMessages>;
