import type { CatalogPart } from '../i18n/translation';
import type { addressMessages, appMessages, languageMessages } from './app.messages';

export default {
  app: {
    homeLinkSuffix: '(página de inicio)',
    skipToMain: 'Ir al contenido principal',
    notSaved: 'No se guarda en esta computadora',
    savedAt: 'Guardado en esta computadora a las {time}',
    savedShort: 'Guardado: {time}',
    savedNoTime: 'Guardado en esta computadora',
    savedShortNoTime: 'Guardado',
    startOver: 'Empezar de nuevo',
    startOverQuestion: '¿Desea empezar de nuevo? Se borrarán todas las respuestas de esta computadora.',
    startOverConfirm: 'Sí, borrar mis respuestas',
    footer:
      'Basado en {source}. Funciona por completo en su navegador; nada de lo que escriba sale de esta computadora, salvo que usted lo guarde o lo exporte.',
    loading: 'Cargando…',
    shortName: 'Planificador STEM',
    menu: 'Menú',
  },
  language: {
    switchTo: 'English',
    switchToLang: 'en',
    switchLabel: 'Change the language to English (Cambiar el idioma a inglés)',
  },
  'app-address': {
    notFoundTitle: 'Página no encontrada',
    notFoundBody: 'Esta dirección no forma parte del planificador. Sus respuestas están a salvo; no ha cambiado nada.',
    needsAnswersTitle: 'Esta página necesita respuestas primero',
    needsAnswersBody:
      'Este enlace abre una página que muestra sus respuestas, y este navegador todavía no tiene ninguna. Comience una evaluación rápida o un plan completo en la página de inicio, o abra un archivo de plan desde «Sus datos».',
    goHome: 'Ir a la página de inicio',
  },
} satisfies CatalogPart<typeof appMessages> & CatalogPart<typeof languageMessages> & CatalogPart<typeof addressMessages>;
