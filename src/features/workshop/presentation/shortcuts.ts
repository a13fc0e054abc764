/**
 * Keyboard shortcuts of the presentation view, as pure data and a pure function so the help overlay
 * lists exactly what the handler does. PageDown/PageUp are what presentation clickers send.
 */
import { STORAGE_KEY } from '../../../store/persist-keys';

export type PresentationAction = 'next' | 'previous' | 'toggleTimer' | 'leave' | 'help';

/** Keys with a name (worded in the catalog); a letter, arrow or symbol is shown as it is typed. */
export type NamedKey = 'PageDown' | 'PageUp' | 'Space' | 'Escape';
export type ShortcutKey = NamedKey | '→' | '←' | 'T' | 'P' | '?';

/** What a shortcut does, as worded in the catalog: Space's own wording says when it works. */
export type ShortcutDescription = PresentationAction | 'toggleTimerSpace';

export interface Shortcut {
  keys: readonly ShortcutKey[];
  action: PresentationAction;
  description: ShortcutDescription;
  /** Letter or symbol keys, which WCAG 2.1.4 says people must be able to turn off. */
  characterKey: boolean;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: ['→', 'PageDown'], action: 'next', description: 'next', characterKey: false },
  { keys: ['←', 'PageUp'], action: 'previous', description: 'previous', characterKey: false },
  { keys: ['T'], action: 'toggleTimer', description: 'toggleTimer', characterKey: true },
  { keys: ['Space'], action: 'toggleTimer', description: 'toggleTimerSpace', characterKey: false },
  { keys: ['?'], action: 'help', description: 'help', characterKey: true },
  { keys: ['Escape'], action: 'leave', description: 'leave', characterKey: false },
  { keys: ['P'], action: 'leave', description: 'leave', characterKey: true },
];

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** Held down: a held arrow would race through every step. */
  repeat?: boolean;
  target: EventTarget | null;
}

const TYPING_SELECTOR = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';
const ACTIVATES_ON_SPACE = 'button, a[href], summary, [role="button"], [role="link"], [role="checkbox"]';

function closest(target: EventTarget | null, selector: string): boolean {
  // Duck-typed rather than `instanceof Element`, which fails across realms (jsdom, iframes).
  const element = target as { closest?: (s: string) => unknown } | null;
  return typeof element?.closest === 'function' && element.closest(selector) !== null;
}

/** True while someone is typing: shortcuts must never eat their keystrokes. */
export function isTypingTarget(target: EventTarget | null): boolean {
  return closest(target, TYPING_SELECTOR);
}

/**
 * The action a key press asks for, or null. `characterKeys: false` turns off the single-letter and
 * symbol shortcuts (T, P, ?) for speech-input users (WCAG 2.1.4); the arrow, page and Escape keys stay.
 */
export function presentationAction(press: KeyPress, options: { characterKeys: boolean }): PresentationAction | null {
  if (press.ctrlKey || press.metaKey || press.altKey || press.repeat) return null;
  if (isTypingTarget(press.target) || closest(press.target, 'dialog')) return null;
  switch (press.key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'previous';
    case 'Escape':
      return 'leave';
    case ' ':
      // Space must still press whatever button has focus.
      return closest(press.target, ACTIVATES_ON_SPACE) ? null : 'toggleTimer';
  }
  if (!options.characterKeys) return null;
  switch (press.key.toLowerCase()) {
    case 't':
      return 'toggleTimer';
    case 'p':
      return 'leave';
    case '?':
      return 'help';
    default:
      return null;
  }
}

/**
 * Whether single-key shortcuts (T, P and ? here; T and N on the room's projector view) act. Someone who turns them off (speech input, WCAG 2.1.4) should not
 * have to again each time they present, so the choice lasts for the browser session; it is a setting
 * of this device, not part of the plan, and "Remove my answers" clears it with the app's other keys.
 */
const CHARACTER_KEYS_SETTING = `${STORAGE_KEY}:single-key-shortcuts`;

export function readCharacterKeysSetting(): boolean {
  try {
    return window.sessionStorage.getItem(CHARACTER_KEYS_SETTING) !== 'off';
  } catch {
    return true; // storage blocked: the default
  }
}

export function writeCharacterKeysSetting(on: boolean): void {
  try {
    if (on) window.sessionStorage.removeItem(CHARACTER_KEYS_SETTING);
    else window.sessionStorage.setItem(CHARACTER_KEYS_SETTING, 'off');
  } catch {
    // Storage blocked: the choice lasts until the page is left.
  }
}
