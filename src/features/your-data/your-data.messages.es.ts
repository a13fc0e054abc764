import type { CatalogPart } from '../../i18n/translation';
import type { dataMenuMessages, dataNoticeMessages, openFileMessages, privacyMessages } from './your-data.messages';

export default {
  'data-menu': {
    toggle: 'Sus datos',
    title: 'Sus datos',
    savedHere: 'Sus respuestas se guardan solo en este navegador, en esta computadora.',
    memoryOnly:
      'Sus respuestas no se están guardando en esta computadora. Solo se conservan mientras esta pestaña esté abierta.',
    saveCopy: 'Guardar una copia',
    saveCopyHint: 'Descarga un archivo {extension} con todas las respuestas, para conservarlo o compartirlo con su equipo.',
    openFile: 'Abrir un archivo',
    fileInputLabel: 'Archivo de plan que desea abrir',
    openFileHint: 'Abre un plan guardado con «Guardar una copia». Se le preguntará antes de reemplazar cualquier cosa.',
    dontSave: 'No guardar en esta computadora',
    dontSaveHint:
      'Para computadoras compartidas. Las respuestas se borran de este navegador y solo se conservan mientras esta pestaña esté abierta.',
    remove: 'Borrar mis respuestas de esta computadora',
    removeQuestion: '¿Desea borrar todas las respuestas de esta computadora?',
    removeDetail:
      'Se borrarán sus respuestas, los borradores y cualquier copia de seguridad que esta aplicación haya guardado en este navegador, en todas las pestañas. Si desea conservarlos, guarde una copia antes.',
    removeConfirm: 'Sí, borrar todo',
  },
  'data-notices': {
    conflictTitle: 'Sus respuestas se cambiaron en otra pestaña',
    conflictBody:
      'Otra pestaña o ventana guardó respuestas más recientes. No se ha guardado nada de esta pestaña encima de ellas.',
    loadNewer: 'Cargar las respuestas más recientes',
    keepThisTab: 'Conservar las respuestas de esta pestaña',
    notSavingTitle: 'Sus respuestas no se están guardando en esta computadora',
    problem: {
      full: 'El almacenamiento del navegador para este sitio está lleno. Puede seguir trabajando: sus respuestas se conservan en esta pestaña hasta que la cierre. Guarde una copia para conservarlas.',
      unavailable:
        'Este navegador no permite que la aplicación guarde nada (por ejemplo, en una ventana privada o porque una configuración bloquea los datos de los sitios). Puede seguir trabajando: sus respuestas se conservan en esta pestaña hasta que la cierre. Guarde una copia para conservarlas.',
    },
    saveCopy: 'Guardar una copia',
    memoryOnlyTitle: 'No se está guardando en esta computadora',
    memoryOnlyBody: 'Sus respuestas se conservan solo mientras esta pestaña esté abierta. Guarde una copia antes de cerrarla.',
    startSaving: 'Volver a guardar en esta computadora',
    unreadableTitle: 'No se pudieron leer las respuestas guardadas anteriormente',
    unreadableBackedUp:
      '{reason} La aplicación empezó de nuevo. Se conserva una copia intacta de los datos ilegibles en este navegador hasta que usted borre sus respuestas.',
    unreadableNotBackedUp:
      '{reason} La aplicación empezó de nuevo. El navegador no permitió conservar una copia, así que descárguela ahora si la necesita.',
    downloadUnreadable: 'Descargar los datos ilegibles',
    dismiss: 'Cerrar aviso',
    notOpenedTitle: 'No se abrió {fileName}',
    notOpenedBody: '{message} Sus respuestas no han cambiado.',
    resetTitle: 'Listo para el siguiente grupo',
    resetBody: 'Se borró la sala del taller: sus participantes, sus calificaciones y el consenso. Sus propias respuestas no cambiaron.',
    openedTitle: 'Se abrió {fileName}',
    openedBody: 'Las respuestas del archivo reemplazaron las que usted tenía.',
    undo: 'Deshacer',
  },
  'data-open-file': {
    title: '¿Desea reemplazar sus respuestas actuales?',
    body: 'Al abrir {fileName}, todas las respuestas de este navegador se reemplazan por las del archivo. Puede deshacerlo justo después.',
    downloadFirst: 'Descargar primero mis respuestas actuales',
    replace: 'Reemplazar mis respuestas',
    cancel: 'Cancelar',
  },
  'data-privacy': {
    link: 'Privacidad',
    title: 'Sus respuestas se quedan en esta computadora',
    note: 'Sus respuestas se quedan en esta computadora, en este navegador, a menos que usted las guarde o las exporte. La aplicación no envía nada a ninguna parte: no hay cuentas, ni analíticas, ni fuentes o scripts de otros sitios.',
    studentWarning: 'No ingrese información sobre estudiantes en particular.',
    sharedComputer:
      'En una computadora compartida, elija «No guardar en esta computadora» en «Sus datos», o «Borrar mis respuestas de esta computadora» al terminar.',
  },
} satisfies CatalogPart<typeof dataMenuMessages> &
  CatalogPart<typeof dataNoticeMessages> &
  CatalogPart<typeof openFileMessages> &
  CatalogPart<typeof privacyMessages>;
