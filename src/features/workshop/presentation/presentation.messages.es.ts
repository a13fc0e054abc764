import type { CatalogPart } from '../../../i18n/translation';
import type { presentationMessages, shortcutMessages, timerMessages } from './presentation.messages';

export default {
  'presentation-view': {
    documentTitle: 'Presentación del paso {number} de {total} – {title}',
    previousStep: 'Paso anterior',
    nextStep: 'Paso siguiente',
    shortcuts: 'Atajos',
    leave: 'Salir de la presentación',
    stepCount: 'Paso {number} de {total}',
    itemsTitle: '¿Dónde estamos? Califique cada afirmación',
    promptsTitle: 'Conversemos',
    fromSource: 'Fuente: {source}',
    timeUpForStep: 'Se acabó el tiempo del paso {number}, {title}.',
    timeUp: 'Se acabó el tiempo.',
  },
  'presentation-timer': {
    title: 'Temporizador del paso {number}',
    minutes: 'Minutos',
    minutesError: 'Escriba un número entero de minutos entre 1 y {max}; el temporizador se mantiene en {minutes}.',
    timeLeft: 'Tiempo restante:',
    timeUp: 'Se acabó el tiempo',
    start: 'Iniciar el temporizador',
    pause: 'Pausar el temporizador',
    reset: 'Reiniciar el temporizador',
  },
  'presentation-shortcuts': {
    title: 'Atajos de teclado',
    intro: 'Funcionan en cualquier parte de la presentación, excepto mientras escribe en un campo.',
    keyColumn: 'Tecla',
    doesColumn: 'Función',
    or: 'o',
    turnedOff: '(desactivado)',
    keyNames: {
      PageDown: 'Page Down',
      PageUp: 'Page Up',
      Space: 'Espacio',
      Escape: 'Esc',
    },
    descriptions: {
      next: 'Paso siguiente',
      previous: 'Paso anterior',
      toggleTimer: 'Iniciar o pausar el temporizador',
      toggleTimerSpace: 'Iniciar o pausar el temporizador (cuando ningún botón tiene el foco)',
      help: 'Mostrar estos atajos',
      leave: 'Salir de la presentación',
    },
    characterKeys: 'Usar atajos de una sola tecla (T, P y ?)',
    characterKeysHint:
      'Desactívelos si usa entrada por voz, para que las palabras que dice no los activen.',
    close: 'Cerrar',
  },
} satisfies CatalogPart<typeof presentationMessages> &
  CatalogPart<typeof timerMessages> &
  CatalogPart<typeof shortcutMessages>;
