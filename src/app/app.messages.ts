import { defineMessages, params } from '../i18n/i18n';

export const appMessages = defineMessages('app', {
  /** Read after the app's name in the header's link home. */
  homeLinkSuffix: '(start page)',
  skipToMain: 'Skip to main content',
  notSaved: 'Not saved on this computer',
  savedAt: params('Saved on this computer at {time}'),
  /** The same, as shown in the header: {time} only. */
  savedShort: params('Saved {time}'),
  /** Said until the time can be shown (the first save of a visit, while the page is still busy). */
  savedNoTime: 'Saved on this computer',
  savedShortNoTime: 'Saved',
  startOver: 'Start over',
  startOverQuestion: 'Start over? This removes every answer from this computer.',
  startOverConfirm: 'Yes, remove my answers',
  footer: 'Based on {source}. Runs entirely in your browser; nothing you type leaves this computer unless you save or export it.',
  loading: 'Loading…',
  /** The app's name where a phone has room for only a short one. */
  shortName: 'STEM Planner',
  /** On a phone, the button that shows the rest of the header. */
  menu: 'Menu',
});

/** The language control: each language named in itself, so a reader of either can find it. */
export const languageMessages = defineMessages('language', {
  /** The control shows the other language. */
  switchTo: 'Español',
  switchToLang: 'es',
  switchLabel: 'Cambiar el idioma a español (Change the language to Spanish)',
});

/** Screens for addresses that cannot show what they name. */
export const addressMessages = defineMessages('app-address', {
  notFoundTitle: 'Page not found',
  notFoundBody: 'This address is not part of the planner. Your answers are safe; nothing has changed.',
  needsAnswersTitle: 'This page needs answers first',
  needsAnswersBody:
    'This link opens a page that shows your answers, and this browser has none yet. Start a quick check or a full plan on the start page, or open a plan file from “Your data”.',
  goHome: 'Go to the start page',
});
