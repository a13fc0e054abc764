/**
 * Taking over the first form's prerendered copy (docs/decisions/0012-first-paint-and-first-field.md): a start button
 * clicked before the app's script had run showed it (src/app/start-page-early.js), and it may have been typed into.
 * Loaded only then, so the start page's own script stays small.
 */
import { early } from './prerender-takeover';
import { find, locate, type Locator } from './twin-element';

/** Set `value` at a dotted field name ("ratings.x.level") in `values`. */
function setPath(values: Record<string, unknown>, name: string, value: unknown): void {
  const keys = name.split('.');
  const last = keys.pop() ?? name;
  let node = values;
  for (const key of keys) {
    const next = node[key];
    node = (node[key] = typeof next === 'object' && next !== null ? next : {}) as Record<string, unknown>;
  }
  node[last] = value;
}

/** What was typed or chosen in a prerendered form: only the fields changed from how the form came. */
export function changedFormValues(form: HTMLFormElement): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  const boxes = new Map<string, HTMLInputElement[]>();
  for (const field of form.elements) {
    if (field instanceof HTMLInputElement && field.name && field.type === 'checkbox') {
      boxes.set(field.name, [...(boxes.get(field.name) ?? []), field]);
    } else if (field instanceof HTMLInputElement && field.name && field.type === 'radio') {
      if (field.checked && !field.defaultChecked) setPath(values, field.name, field.value);
    } else if ((field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) && field.name) {
      if (field.type !== 'file' && field.value !== field.defaultValue) setPath(values, field.name, field.value);
    }
  }
  for (const [name, group] of boxes) {
    if (group.some((box) => box.checked !== box.defaultChecked)) {
      setPath(values, name, group.filter((box) => box.checked).map((box) => box.value));
    }
  }
  return values;
}

/** What the app takes over from the first form's prerendered copy, read just before it draws the form itself. */
export interface FirstFormCarry {
  /** Typed or chosen so far; the app's form opens with these (as a draft). */
  values: Record<string, unknown>;
  /** Where focus was, and the caret in a text field, to put them back. */
  focus: { at: Locator; selection: [number, number] | null } | null;
  /** A button or link clicked since, to click again in the app's form. */
  clicked: Locator | null;
}

/** Null unless a start button showed the first form's prerendered copy before the app took over. */
export function carryOverFirstForm(root: HTMLElement): FirstFormCarry | null {
  const state = early();
  if (!state?.formShown) return null;
  const form = root.querySelector('main form');
  const focused = document.activeElement;
  const hasCaret = focused instanceof HTMLTextAreaElement || (focused instanceof HTMLInputElement && focused.type === 'text');
  const carry: FirstFormCarry = {
    values: form instanceof HTMLFormElement ? changedFormValues(form) : {},
    focus:
      focused && focused !== root && root.contains(focused)
        ? { at: locate(focused, root), selection: hasCaret ? [focused.selectionStart ?? 0, focused.selectionEnd ?? 0] : null }
        : null,
    clicked: state.clicked && root.contains(state.clicked) ? locate(state.clicked, root) : null,
  };
  state.clicked = null;
  return carry;
}

/** After the app has drawn the form: focus and caret go back where they were, and a click held meanwhile is made again. */
export function putBackFirstForm(root: HTMLElement, carry: FirstFormCarry): void {
  if (carry.focus) {
    const target = find(carry.focus.at, root);
    target?.focus();
    const selection = carry.focus.selection;
    // Only where the app's field keeps a caret too (the copy's date field is text for its first frame).
    const keepsCaret = target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && target.type === 'text');
    if (selection && keepsCaret) {
      target.setSelectionRange(selection[0], selection[1]);
    }
  }
  if (carry.clicked) find(carry.clicked, root)?.click();
}
