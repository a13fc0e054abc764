import type { CatalogPart } from '../i18n/translation';
import type { roomCombineMessages } from './room.messages';

export default {
  'room-combine': {
    disagreementRule: [
      'El desacuerdo es la distancia en niveles entre la calificación más baja y la más alta que recibió un ítem: de Inicial a En desarrollo es 1; de Inicial a Modelo es 3. Un ítem que todos calificaron igual, o que menos de dos personas calificaron en el continuo, tiene una distancia de 0.',
      'Los ítems con la misma distancia se ordenan según qué tan parejo es el reparto de las calificaciones: cuantos menos participantes comparten el nivel más frecuente, más disputado es el ítem.',
      '«Aún no lo sé» y los ítems sin respuesta se cuentan y se muestran, pero no son niveles, así que no cambian la distancia.',
    ],
    noLevels: 'Sin niveles',
    range: '{lowest}–{highest}',
  },
} satisfies CatalogPart<typeof roomCombineMessages>;
