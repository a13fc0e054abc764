// A file of its own: rendering the first form changes the store's initial state (see renderFirstForm).
import { describe, expect, it } from 'vitest';
import { renderFirstForm } from './prerender';

describe('the first form kept beside it, for a start button clicked before the app has loaded', () => {
  it('is the blank "About your school or district" form, the same in both modes', async () => {
    const html = await renderFirstForm(); // throws if the two modes drew different forms
    const page = new DOMParser().parseFromString(html, 'text/html');
    expect(page.querySelector('h1')?.textContent).toBe('About your school or district');
    const name = page.querySelector<HTMLInputElement>('input[name="orgName"]');
    expect(name && page.querySelector(`label[for="${name.id}"]`)?.textContent).toBe('Name of your school or district');
    expect([...page.querySelectorAll('input')].filter((i) => i.hasAttribute('value') && i.type !== 'radio')).toEqual([]);
    expect(page.querySelector('button[type="submit"]')?.textContent).toBe('Save and continue');
  });

  it('writes its date field as a text field for the early script to turn into a date field once painted', async () => {
    const page = new DOMParser().parseFromString(await renderFirstForm(), 'text/html');
    expect(page.querySelectorAll('input[type="date"]')).toHaveLength(0);
    const date = page.querySelector<HTMLInputElement>('input[name="date"]');
    expect(date?.type).toBe('text');
    expect(date?.hasAttribute('data-date-field')).toBe(true);
    expect(page.querySelector(`label[for="${date?.id}"]`)?.textContent).toBe('Date of this assessment');
  });
});
