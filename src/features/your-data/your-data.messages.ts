/** The "Your data" menu, the open-file dialog, the data notices and the privacy note; Spanish beside it. */
import { defineMessages, params } from '../../i18n/i18n';

export const dataMenuMessages = defineMessages('data-menu', {
  toggle: 'Your data',
  title: 'Your data',
  savedHere: 'Your answers are saved only in this browser, on this computer.',
  memoryOnly: 'Your answers are not being saved on this computer. They last only while this tab is open.',
  saveCopy: 'Save a copy',
  /** {extension}: ".json". */
  saveCopyHint: params('Downloads a {extension} file of every answer, to keep or pass to your team.'),
  openFile: 'Open a file',
  fileInputLabel: 'Plan file to open',
  openFileHint: 'Opens a plan saved with “Save a copy”. You will be asked before anything is replaced.',
  dontSave: 'Don’t save on this computer',
  dontSaveHint: 'For shared computers. Answers are removed from this browser and kept only while this tab is open.',
  remove: 'Remove my answers from this computer',
  removeQuestion: 'Remove every answer from this computer?',
  removeDetail:
    'This clears your answers, drafts and any backup this app kept in this browser, in every tab. Save a copy first if you want to keep them.',
  removeConfirm: 'Yes, remove everything',
});

export const dataNoticeMessages = defineMessages('data-notices', {
  conflictTitle: 'Your answers were changed in another tab',
  conflictBody: 'Another tab or window saved newer answers. Nothing from this tab has been saved over them.',
  loadNewer: 'Load the newer answers',
  keepThisTab: 'Keep this tab’s answers instead',
  notSavingTitle: 'Your answers are not being saved on this computer',
  problem: {
    full: 'The browser’s storage for this site is full. You can keep working: your answers stay in this tab until you close it. Save a copy to keep them.',
    unavailable:
      'This browser is not letting the app store anything (for example in a private window, or because a setting blocks site data). You can keep working: your answers stay in this tab until you close it. Save a copy to keep them.',
  },
  saveCopy: 'Save a copy',
  memoryOnlyTitle: 'Not saving on this computer',
  memoryOnlyBody: 'Your answers are kept only while this tab is open. Save a copy before you close it.',
  startSaving: 'Start saving again',
  unreadableTitle: 'Answers saved earlier could not be read',
  /** {reason}: one sentence, e.g. "The saved answers were damaged and could not be read." */
  unreadableBackedUp: params(
    '{reason} The app has started afresh. A copy of the unreadable data is kept in this browser, untouched, until you remove your answers.',
  ),
  unreadableNotBackedUp: params(
    '{reason} The app has started afresh. The browser would not keep a copy, so download it now if you need it.',
  ),
  downloadUnreadable: 'Download the unreadable data',
  dismiss: 'Dismiss',
  /** {fileName} is shown as the file's name. */
  notOpenedTitle: '{fileName} was not opened',
  /** {message}: why, e.g. "This file is a PDF. …" */
  notOpenedBody: params('{message} Your answers have not changed.'),
  resetTitle: 'Ready for the next group',
  resetBody: 'The workshop room was cleared: its participants, their ratings and the consensus. Your own answers were not changed.',
  /** {fileName} is shown as the file's name. */
  openedTitle: 'Opened {fileName}',
  openedBody: 'Its answers replaced the ones you had.',
  undo: 'Undo',
});

export const openFileMessages = defineMessages('data-open-file', {
  title: 'Replace your current answers?',
  /** {fileName} is shown in bold. */
  body: 'Opening {fileName} replaces every answer in this browser with the ones in the file. You can undo this straight after.',
  downloadFirst: 'Download my current answers first',
  replace: 'Replace my answers',
  cancel: 'Cancel',
});

export const privacyMessages = defineMessages('data-privacy', {
  link: 'Privacy',
  title: 'Your answers stay on this computer',
  note: 'Your answers stay on this computer, in this browser, unless you save or export them. The app sends nothing anywhere: no accounts, no analytics, no fonts or scripts from other sites.',
  studentWarning: 'Do not enter information about individual students.',
  sharedComputer:
    'On a shared computer, choose “Don’t save on this computer” under “Your data”, or “Remove my answers from this computer” when you finish.',
});
