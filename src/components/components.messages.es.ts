import type { CatalogPart } from '../i18n/translation';
import type { componentMessages } from './components.messages';

export default {
  components: {
    appName: 'Planificador de liderazgo docente en STEM',
    chooseFile: 'Elegir un archivo',
    chooseFiles: 'Elegir archivos',
    orDropFile: 'o suéltelo aquí',
    orDropFiles: 'o suéltelos aquí',
    documentTitle: '{page} – {app}',
    documentTitleWithError: 'Error: {page}',

    errorPrefix: 'Error:',
    errorSummaryTitle: 'Hay un problema',

    cancel: 'Cancelar',

    pdfPages: 'Preparando su PDF: página {pages} hasta ahora…',
    pdfCancel: 'Cancelar',
    pdfCancelled: 'Se canceló el PDF. No se descargó nada.',
    pdfPreparing: 'Preparando su PDF…',
    pdfDownloaded: 'Se descargó «{fileName}».',
    pdfOffline:
      'No se pudieron cargar las herramientas de PDF sin conexión. Abra la aplicación una vez con conexión para que pueda guardarlas.',
    pdfFailed: 'No se pudo crear el PDF: {reason} Sus respuestas están a salvo; inténtelo de nuevo.',

    docxPreparing: 'Preparando su documento de Word…',
    docxCancelled: 'Se canceló el documento de Word. No se descargó nada.',
    docxOffline:
      'No se pudieron cargar las herramientas de Word sin conexión. Abra la aplicación una vez con conexión para que pueda guardarlas.',
    docxFailed: 'No se pudo crear el documento de Word: {reason} Sus respuestas están a salvo; inténtelo de nuevo.',

    screenFailedTitle: 'No se pudo cargar esta pantalla',
    screenFailedText:
      'Una parte de la aplicación no llegó, quizá porque se cortó la conexión. Sus respuestas están a salvo en esta computadora. Revise la conexión e inténtelo de nuevo, o vuelva a la página de inicio.',
    screenTryAgain: 'Intentar de nuevo',
    screenGoToStart: 'Ir a la página de inicio',
  },
} satisfies CatalogPart<typeof componentMessages>;
