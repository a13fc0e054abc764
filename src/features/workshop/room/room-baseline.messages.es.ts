import type { CatalogPart } from '../../../i18n/translation';
import type { roomBaselineMessages } from './room-baseline.messages';

export default {
  'room-baseline': {
    title: 'Comparar el consenso con una línea de base',
    intro:
      'Abra el archivo del plan de la evaluación anterior del grupo para mostrar sus niveles junto al nuevo consenso. El archivo solo se lee: nada cambia en la sala y no se conserva al salir de esta página.',
    fileLabel: 'Archivo del plan de la línea de base',
    reading: 'Leyendo el archivo…',
    shown: 'Línea de base: {orgName}, {date}.',
    shownNoName: 'Línea de base del {date}.',
    remove: 'Dejar de comparar',
    tableCaption: 'Nivel de la línea de base y nivel del consenso de cada paso',
    columns: { step: 'Paso', baseline: 'Línea de base', consensus: 'Consenso', change: 'Cambio' },
    overall: 'Preparación general',
    change: { up: 'Subió', down: 'Bajó', same: 'Sin cambio', unknown: 'No se puede comparar' },
    moved: {
      one: '{count} enunciado tiene en el consenso un nivel distinto del de la línea de base.',
      other: '{count} enunciados tienen en el consenso un nivel distinto del de la línea de base.',
    },
  },
} satisfies CatalogPart<typeof roomBaselineMessages>;
