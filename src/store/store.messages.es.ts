import type { CatalogPart } from '../i18n/translation';
import type { planFileMessages, storeMessages } from './store.messages';

export default {
  store: {
    fileUnreadable: 'No se pudo leer este archivo. Es posible que se haya movido o eliminado.',
    checksNotLoaded:
      'No se pudo cargar la parte de la aplicación que revisa los archivos de plan. Revise su conexión e inténtelo de nuevo; sus respuestas actuales no han cambiado.',
    savedEmpty: 'Las respuestas guardadas estaban vacías.',
    savedDamaged: 'Las respuestas guardadas estaban dañadas y no se pudieron leer.',
    savedByNewerVersion: 'Estas respuestas se guardaron con una versión más reciente de la aplicación (versión {version}).',
    savedNoUpgrade: 'No existe ninguna actualización para las respuestas guardadas en la versión {version}.',
    savedUpgradeFailed: 'No se pudieron actualizar las respuestas guardadas.',
  },
  'store-plan-file': {
    notAPlan:
      'Este archivo no es un plan guardado con el Planificador de liderazgo docente en STEM. Elija un archivo que haya guardado con «Guardar una copia».',
    isPdf:
      'Este archivo es un PDF. Para abrir un plan, elija el archivo .json que guardó con «Guardar una copia», no un PDF exportado.',
    isImage: 'Este archivo es una imagen, no un archivo de plan. Elija el archivo .json que guardó con «Guardar una copia».',
    isDocumentOrArchive:
      'Este archivo es un documento o un archivo comprimido (como Word, Excel o ZIP), no un archivo de plan. Elija el archivo .json que guardó con «Guardar una copia».',
    notText:
      'Este archivo no es de texto, así que no puede ser un archivo de plan. Elija el archivo .json que guardó con «Guardar una copia».',
    unreadable: 'No se pudo leer este archivo como archivo de plan.',
    empty: 'Este archivo está vacío. Elija el archivo .json que guardó con «Guardar una copia».',
    tooDeep: 'Este archivo tiene muchos más niveles anidados de los que puede tener un archivo de plan, así que no se abrió.',
    notJson: 'Este archivo no es un archivo de plan: no es un JSON válido. Es posible que esté dañado o incompleto.',
    hugeList: 'Este archivo contiene una lista mucho más larga de lo que admite un archivo de plan, así que no se abrió.',
    otherApp: 'Este archivo se creó con otra aplicación, no con el Planificador de liderazgo docente en STEM.',
    otherNamedApp: 'Este archivo se creó con otra aplicación («{app}»), no con el Planificador de liderazgo docente en STEM.',
    noVersion:
      'Este archivo de plan no indica qué versión de la aplicación lo guardó, así que no se puede abrir de forma segura.',
    newerVersion:
      'Este archivo de plan se guardó con una versión más reciente de la aplicación (versión del archivo: {version}; esta aplicación lee hasta la versión {supported}). Vuelva a cargar la página para obtener la versión más reciente e inténtelo de nuevo.',
    noAnswers: 'Este archivo de plan no contiene respuestas: le falta la parte «state».',
    tooOld:
      'Este archivo de plan es de una versión antigua de la aplicación (versión del archivo: {version}) que ya no se puede actualizar.',
    upgradeFailed:
      'Este archivo de plan es de una versión anterior de la aplicación (versión del archivo: {version}) y no se pudo actualizar.',
    missingParts: 'A este archivo de plan le falta parte de las respuestas: {parts}.',
    wrongForm:
      'Este archivo de plan tiene una respuesta que no tiene la forma esperada, en «{path}». Es posible que se haya editado a mano. No se cambió nada.',
    tooLarge:
      'Este archivo es demasiado grande para ser un archivo de plan ({size} MB; un archivo de plan ocupa como máximo {max} MB).',
    quotedPart: '«{part}»',
  },
} satisfies CatalogPart<typeof storeMessages> & CatalogPart<typeof planFileMessages>;
