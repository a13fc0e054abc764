import type { CatalogPart } from '../i18n/translation';
import type { appMessages, languageMessages } from './app.messages';

export default {
  app: {
    homeLink: 'Planificador de liderazgo docente en STEM – página de inicio',
    skipToMain: 'Ir al contenido principal',
    notSaved: 'No se guarda en esta computadora',
    savedAt: 'Guardado en esta computadora a las {time}',
    startOver: 'Empezar de nuevo',
    startOverQuestion: '¿Desea empezar de nuevo? Se borrarán todas las respuestas de esta computadora.',
    startOverConfirm: 'Sí, borrar mis respuestas',
    footer:
      'Basado en {source}. Funciona por completo en su navegador; nada de lo que escriba sale de esta computadora, salvo que usted lo guarde o lo exporte.',
    loading: 'Cargando…',
  },
  language: {
    switchTo: 'English',
    switchToLang: 'en',
    switchLabel: 'Change the language to English (Cambiar el idioma a inglés)',
  },
} satisfies CatalogPart<typeof appMessages> & CatalogPart<typeof languageMessages>;
