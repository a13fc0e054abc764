import { defineMessages, params } from '../i18n/i18n';

export const componentMessages = defineMessages('components', {
  appName: 'STEM Teacher Leadership Planner',
  /** The file picker's own button and drop hint, in place of the browser's "Choose Files / No file chosen". */
  chooseFile: 'Choose a file',
  chooseFiles: 'Choose files',
  orDropFile: 'or drop it here',
  orDropFiles: 'or drop them here',
  /** The browser tab: "{page} – {app}". */
  documentTitle: params('{page} – {app}'),
  /** The page's title while its form shows errors, so a screen-reader user hears it first. */
  documentTitleWithError: params('Error: {page}'),

  /** Read before a field's error message (visually hidden). */
  errorPrefix: 'Error:',
  errorSummaryTitle: 'There is a problem',

  cancel: 'Cancel',

  pdfPreparing: 'Preparing your PDF…',
  /** While the PDF is laid out; the total is not known until the end. */
  pdfPages: params('Preparing your PDF: page {pages} so far…'),
  pdfCancel: 'Cancel',
  pdfCancelled: 'The PDF was cancelled. Nothing was downloaded.',
  pdfDownloaded: params('Downloaded “{fileName}”.'),
  pdfOffline:
    'The PDF tools could not be loaded while offline. Open the app once with a connection so it can keep them.',
  /** {reason} is a full sentence: the offline message above, or the browser's own error. */
  pdfFailed: params('The PDF could not be created: {reason} Your answers are safe; try again.'),

  /** The same, for the Word file. */
  docxPreparing: 'Preparing your Word document…',
  docxCancelled: 'The Word document was cancelled. Nothing was downloaded.',
  docxOffline:
    'The Word tools could not be loaded while offline. Open the app once with a connection so it can keep them.',
  docxFailed: params('The Word document could not be created: {reason} Your answers are safe; try again.'),

  screenFailedTitle: 'This screen could not be loaded',
  screenFailedText:
    'Part of the app did not arrive, perhaps because the connection dropped. Your answers are safe on this computer. Check the connection and try again, or go back to the start page.',
  screenTryAgain: 'Try again',
  screenGoToStart: 'Go to the start page',
});
