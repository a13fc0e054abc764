import type { CatalogPart } from '../i18n/translation';
import type { roomFileMessages } from './room-file.messages';

export default {
  'store-room-file': {
    roomFileAsPlan:
      'Este es un archivo de sala del taller, no un plan. Para abrirlo, vaya a la sala del taller y use «Abrir una sala».',
    planFileAsRoom:
      'Este es el archivo de plan de un participante, no un archivo de sala. Agréguelo en «Agregar los archivos de los participantes».',
    newerVersion:
      'Este archivo de sala se guardó con una versión más reciente de la aplicación (versión de archivo de sala {version}; esta versión abre hasta la {supported}). Actualice la aplicación y vuelva a abrirlo.',
    noVersion: 'Este archivo de sala no indica qué versión de la aplicación lo guardó, así que no se abrió.',
    noRoom: 'Este archivo de sala no contiene ninguna sala, así que no se abrió.',
    wrongForm: 'Una parte de este archivo de sala no tiene la forma que espera la aplicación ({path}), así que no se abrió.',
    tooLarge: 'Este archivo es demasiado grande para ser un archivo de sala ({size} MB; un archivo de sala tiene como máximo {max} MB).',
  },
} satisfies CatalogPart<typeof roomFileMessages>;
