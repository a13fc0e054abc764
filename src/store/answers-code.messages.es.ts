import type { CatalogPart } from '../i18n/translation';
import type { answersCodeMessages } from './answers-code.messages';

export default {
  'answers-code': {
    empty: 'Pegue primero un código.',
    notCode:
      'Esto no es un código de respuestas de esta aplicación. Un código empieza con «STL1.»; pida al participante que vuelva a mostrar el suyo con «Mostrar mis respuestas como código».',
    newer:
      'Este código proviene de una versión más reciente de la aplicación (versión de código {version}). Pida al participante su archivo guardado.',
    damaged:
      'Este código está incompleto o cambió en el camino: su verificación no coincide. Cópielo completo otra vez, del primer carácter al último.',
    cannotUnpack:
      'Este navegador no puede descomprimir códigos de respuestas. Use un navegador actualizado o pida al participante su archivo guardado.',
    tooLong: 'Esto es más largo que cualquier código que genera la aplicación ({max} caracteres como máximo).',
  },
} satisfies CatalogPart<typeof answersCodeMessages>;
