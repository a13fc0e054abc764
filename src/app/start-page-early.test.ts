import { afterEach, beforeEach, expect, test } from 'vitest';
import { endEarlyStart, type EarlyStart } from './prerender-takeover';
// The blocking script index.html runs before the app, run here on a small prerendered page.
import script from './start-page-early.js?raw';

const state = () => window.__startPageEarly as EarlyStart;
const startButton = () => document.querySelector<HTMLButtonElement>('[data-start-mode="quick"]')!;

beforeEach(() => {
  localStorage.clear();
  document.body.innerHTML = `
    <template id="first-form"><main><h1 tabindex="-1">About your school or district</h1><form><input name="orgName"></form></main></template>
    <div id="root" data-prerendered=""><main><h1>Start page</h1><button type="button" data-start-mode="quick">Start a quick check</button></main></div>`;
  new Function(script)(); // as the browser runs it: a plain script, not a module
});
afterEach(() => {
  delete window.__startPageEarly;
  document.body.innerHTML = '';
});

test('a start button clicked while the app is adopting the start page is held, not answered with the form’s copy', () => {
  endEarlyStart(); // main.tsx, just before it hydrates the start page

  const click = new MouseEvent('click', { bubbles: true, cancelable: true });
  startButton().dispatchEvent(click);

  expect(click.defaultPrevented).toBe(true);
  expect(document.querySelector('#root h1')?.textContent).toBe('Start page'); // the page React adopts stays put
  expect(state().clicked).toBe(startButton()); // pressed again once the app has taken over
  expect(state().startMode).toBeNull();
});

test('before the app starts drawing, the same click asks for the form’s copy', () => {
  startButton().dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
  expect(state().startMode).toBe('quick');
  expect(state().clicked).toBeNull();
});
