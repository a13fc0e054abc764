/** The presentation view's wording in English (the base language); Spanish beside it in presentation.messages.es.ts. */
import { defineMessages, params } from '../../../i18n/i18n';

export const presentationMessages = defineMessages('presentation-view', {
  /** The browser tab. */
  documentTitle: params('Presenting step {number} of {total} – {title}'),
  previousStep: 'Previous step',
  nextStep: 'Next step',
  shortcuts: 'Shortcuts',
  leave: 'Leave presentation',
  /** Before the step's title in the heading: "Step 3 of 7: Examine …". */
  stepCount: params('Step {number} of {total}'),
  itemsTitle: 'Where are we? Rate each statement',
  promptsTitle: 'Talk about it',
  /** {source} is the cited source page. */
  fromSource: params('From {source}'),
  /** Announced once when a step's countdown reaches zero. */
  timeUpForStep: params('Time is up for step {number}, {title}.'),
  timeUp: 'Time is up.',
});

export const timerMessages = defineMessages('presentation-timer', {
  title: params('Timer for step {number}'),
  minutes: 'Minutes',
  minutesError: params('Enter whole minutes from 1 to {max}; the timer stays at {minutes}.'),
  /** Read before the mm:ss digits. */
  timeLeft: 'Time left:',
  /** Shown beside 00:00. */
  timeUp: 'Time is up',
  start: 'Start timer',
  pause: 'Pause timer',
  reset: 'Reset timer',
});

export const shortcutMessages = defineMessages('presentation-shortcuts', {
  title: 'Keyboard shortcuts',
  intro: 'These work anywhere in the presentation except while you type in a box.',
  keyColumn: 'Key',
  doesColumn: 'Does',
  /** Between two keys that do the same: "→ or Page Down". */
  or: 'or',
  turnedOff: '(turned off)',
  /** The names of keys, as printed on a US keyboard; letters, arrows and ? are shown as they are. */
  keyNames: {
    PageDown: 'Page Down',
    PageUp: 'Page Up',
    Space: 'Space',
    Escape: 'Escape',
  },
  descriptions: {
    next: 'Next step',
    previous: 'Previous step',
    toggleTimer: 'Start or pause the timer',
    toggleTimerSpace: 'Start or pause the timer (when no button has focus)',
    help: 'Show these shortcuts',
    leave: 'Leave the presentation',
  },
  characterKeys: 'Use single-key shortcuts (T, P and ?)',
  characterKeysHint: 'Turn these off if you use speech input, so spoken words do not trigger them.',
  close: 'Close',
});
