import { afterEach, describe, expect, it } from 'vitest';
import { carryOverFirstForm, changedFormValues, putBackFirstForm } from './first-form-carry';
import { earlyStartMode, endEarlyStart, takeOverFromPrerender } from './prerender-takeover';

/** A form as the prerendered copy has it: blank, except what the tests then type or choose. */
const FORM = `
  <main><h1 tabindex="-1">About your school or district</h1>
    <form>
      <input type="text" id="field-orgName" name="orgName">
      <input type="radio" id="field-orgType" name="orgType" value="school">
      <input type="radio" id="field-orgType-district" name="orgType" value="district">
      <input type="checkbox" name="focus.areas" value="math"><input type="checkbox" name="focus.areas" value="science">
      <textarea id="field-team" name="team"></textarea>
      <input type="date" id="field-date" name="date" value="2026-11-30">
      <button type="submit">Save and continue</button> <button type="button">Back</button>
    </form></main>`;

function prerenderedForm(): HTMLElement {
  const root = document.createElement('div');
  root.id = 'root';
  root.innerHTML = FORM;
  document.body.append(root);
  return root;
}

afterEach(() => {
  document.body.replaceChildren();
  delete window.__startPageEarly;
});

describe('what the app takes over from the prerendered first form', () => {
  it('takes only what was typed or chosen, at the fields\' dotted names', () => {
    const form = prerenderedForm().querySelector('form')!;
    expect(changedFormValues(form)).toEqual({});
    (form.elements.namedItem('orgName') as HTMLInputElement).value = 'Lincoln Elementary — “K–5” & more';
    form.querySelector<HTMLInputElement>('#field-orgType-district')!.checked = true;
    form.querySelector<HTMLInputElement>('input[value="science"]')!.checked = true;
    expect(changedFormValues(form)).toEqual({
      orgName: 'Lincoln Elementary — “K–5” & more',
      orgType: 'district',
      focus: { areas: ['science'] },
    });
  });

  it('is nothing unless a start button showed the form before the app took over', () => {
    const root = prerenderedForm();
    expect(carryOverFirstForm(root)).toBeNull();
    window.__startPageEarly = { applies: true, clicked: null, startMode: null, formShown: false, takenOver: false };
    expect(carryOverFirstForm(root)).toBeNull();
  });

  it('puts focus and caret back, and clicks again what was clicked, in the app\'s own drawing of the form', () => {
    const root = prerenderedForm();
    const back = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Back')!;
    window.__startPageEarly = { applies: true, clicked: back, startMode: 'full', formShown: true, takenOver: false };
    expect(earlyStartMode()).toBe('full');
    endEarlyStart();
    expect(window.__startPageEarly?.startMode).toBeNull();
    const team = root.querySelector<HTMLTextAreaElement>('#field-team')!;
    team.value = 'Ana Ruiz, science lead';
    team.focus();
    team.setSelectionRange(3, 7);

    const carry = carryOverFirstForm(root);
    expect(carry?.values).toEqual({ team: 'Ana Ruiz, science lead' });

    // The app draws the form anew (same markup, new elements), with the carried values.
    root.innerHTML = FORM;
    root.querySelector<HTMLTextAreaElement>('#field-team')!.value = 'Ana Ruiz, science lead';
    const clicks: string[] = [];
    root.addEventListener('click', (event) => clicks.push((event.target as Element).textContent ?? ''));
    takeOverFromPrerender();
    putBackFirstForm(root, carry!);

    expect(document.activeElement).toBe(root.querySelector('#field-team'));
    const focused = document.activeElement as HTMLTextAreaElement;
    expect([focused.selectionStart, focused.selectionEnd]).toEqual([3, 7]);
    expect(clicks).toEqual(['Back']);
    expect(window.__startPageEarly?.takenOver).toBe(true);
  });

  it('finds the heading again by its text when focus was there', () => {
    const root = prerenderedForm();
    window.__startPageEarly = { applies: true, clicked: null, startMode: 'quick', formShown: true, takenOver: false };
    root.querySelector<HTMLElement>('h1')!.focus();
    const carry = carryOverFirstForm(root);
    root.innerHTML = FORM;
    putBackFirstForm(root, carry!);
    expect(document.activeElement?.textContent).toBe('About your school or district');
  });
});
