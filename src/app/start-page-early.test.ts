import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { endEarlyStart, type EarlyStart } from './prerender-takeover';
// The blocking script index.html runs before the app, run here on a small prerendered page.
import script from './start-page-early.js?raw';

const state = () => window.__startPageEarly as EarlyStart;
const startButton = () => document.querySelector<HTMLButtonElement>('[data-start-mode="quick"]')!;

beforeEach(() => {
  localStorage.clear();
  document.body.innerHTML = `
    <template id="first-form"><main><h1 tabindex="-1">About your school or district</h1><form><input name="orgName"><input type="text" data-date-field="" name="date"></form></main></template>
    <div id="root" data-prerendered=""><main><h1>Start page</h1><button type="button" data-start-mode="quick">Start a quick check</button></main></div>`;
  new Function(script)(); // as the browser runs it: a plain script, not a module
});
afterEach(() => {
  state().takenOver = true; // this run's click listeners and queued copy stand down, as once the app has taken over
  delete window.__startPageEarly;
  document.body.innerHTML = '';
  for (const name of ['data-below-fold', 'data-prerender', 'data-boot']) document.documentElement.removeAttribute(name);
});

test('the start page’s lower part is left out of the first paint and laid out in a frame after it', async () => {
  const html = document.documentElement;
  expect(html.getAttribute('data-below-fold')).toBe('later'); // set as the script runs (in a page, before the body)
  await vi.waitFor(() => expect(html.hasAttribute('data-below-fold')).toBe(false)); // jsdom reports no paint: ten frames
});

test('a start button clicked before the first paint: the form’s copy is shown and nothing of the page waits after it', async () => {
  startButton().dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
  await vi.waitFor(() => expect(document.querySelector('#root h1')?.textContent).toBe('About your school or district'));
  await vi.waitFor(() => expect(document.documentElement.hasAttribute('data-below-fold')).toBe(false));
});

test('where the start page is not the first screen, nothing of it waits', () => {
  state().takenOver = true; // the run from beforeEach stands down
  localStorage.setItem('stem-teacher-leadership-planner', '{}');
  document.documentElement.removeAttribute('data-below-fold');
  new Function(script)(); // a returning visitor's page
  expect(document.documentElement.getAttribute('data-prerender')).toBe('off');
  expect(document.documentElement.hasAttribute('data-below-fold')).toBe(false);
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

test('the copy’s date field (written as text at build time) is shown as text in the copy’s first frame and a date field after', async () => {
  const firstFrame: { type: string; value: string }[] = [];
  const watcher = new MutationObserver(() => {
    const date = document.querySelector<HTMLInputElement>('#root input[name="date"]');
    if (date && firstFrame.length === 0) firstFrame.push({ type: date.type, value: date.value });
  });
  watcher.observe(document.getElementById('root')!, { childList: true, subtree: true });

  startButton().dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));

  await vi.waitFor(() => expect(firstFrame).toHaveLength(1));
  watcher.disconnect();
  const today = new Date();
  const iso = [today.getFullYear(), today.getMonth() + 1, today.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
  expect(firstFrame[0]).toEqual({ type: 'text', value: iso }); // Chromium's date field costs 120–200 ms the first time
  const date = document.querySelector<HTMLInputElement>('#root input[name="date"]')!;
  await vi.waitFor(() => expect(date.type).toBe('date'));
  expect(date.value).toBe(iso); // today, as the app's blank form has it
  expect(date.hasAttribute('data-date-field')).toBe(false);
});
