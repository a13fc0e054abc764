import type { CatalogPart } from '../../../i18n/translation';
import type { pasteCodeMessages } from './paste-code.messages';

export default {
  'room-paste-code': {
    label: 'O pegue el código de un participante',
    hint: 'Para salas sin memorias USB ni unidad compartida: el participante elige «Mostrar mis respuestas como código» en «Sus datos» y le envía o muestra el texto. Péguelo completo aquí; se revisa igual que un archivo.',
    add: 'Agregar desde el código',
    codeName: 'código pegado {number}',
  },
} satisfies CatalogPart<typeof pasteCodeMessages>;
