/** The offline status line and the update notice; Spanish beside it in offline.messages.es.ts. */
import { defineMessages } from '../../i18n/i18n';

export const offlineMessages = defineMessages('offline', {
  ready: 'Ready to work offline',
  updateTitle: 'A new version is available',
  updateUnsaved:
    'Your answers are kept only in this tab, so reloading would clear them: save a copy first. If you wait, it starts the next time the app is opened after all its tabs are closed.',
  updateSaved:
    'Your answers are saved on this computer and will be there after the reload. If you wait, it starts the next time the app is opened after all its tabs are closed.',
  saveCopy: 'Save a copy',
  reload: 'Reload to update',
  notNow: 'Not now',
});
