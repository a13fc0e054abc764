import { defineMessages, params } from '../i18n/i18n';

export const componentMessages = defineMessages('components', {
  appName: 'STEM Teacher Leadership Planner',
  /** The browser tab: "{page} – {app}". */
  documentTitle: params('{page} – {app}'),
});
