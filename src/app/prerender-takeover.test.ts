import { afterEach, expect, test } from 'vitest';
import { takeOverFromPrerender, type EarlyStart } from './prerender-takeover';

// The prerendered start page, reduced: the same button text in two places, as "Open" is in the real one.
const START_PAGE = `
  <header class="app-header"><button type="button">Español</button><button type="button">Open</button></header>
  <main id="main"><h1>Start page</h1><section><button type="button">Open</button></section></main>
  <footer class="app-footer"><a href="/privacy">Privacy</a></footer>`;

function holdClickOn(element: Element) {
  const state: EarlyStart = { applies: true, clicked: element, startMode: null, formShown: false, takenOver: false };
  window.__startPageEarly = state;
}

afterEach(() => {
  delete window.__startPageEarly;
  document.body.innerHTML = '';
});

test('a click held on the start page is made again once the app has adopted it', () => {
  document.body.innerHTML = `<div id="root">${START_PAGE}</div>`;
  const pressed: string[] = [];
  const button = document.querySelector('main button')!;
  button.addEventListener('click', () => pressed.push('main Open'));
  holdClickOn(button);

  takeOverFromPrerender();

  expect(pressed).toEqual(['main Open']);
});

test('when the app drew the start page afresh instead of adopting it, the held click presses the new twin', () => {
  document.body.innerHTML = `<div id="root" data-prerendered="start">${START_PAGE}</div>`;
  const root = document.getElementById('root')!;
  holdClickOn(root.querySelector('main button')!); // the second "Open" on the page, in <main>
  root.innerHTML = START_PAGE; // what a failed hydration does: the same page, new elements
  const pressed: string[] = [];
  root.querySelectorAll('button').forEach((b) => b.addEventListener('click', () => pressed.push(`${b.closest('header, main')!.tagName} ${b.textContent}`)));

  takeOverFromPrerender();

  expect(pressed).toEqual(['MAIN Open']);
  expect(window.__startPageEarly?.clicked).toBeNull();
});

test('a click held on the start page is dropped when a later start click has the app open the form instead', () => {
  document.body.innerHTML = `<div id="root" data-prerendered="start">${START_PAGE}</div>`;
  const root = document.getElementById('root')!;
  holdClickOn(root.querySelector('footer a')!); // "Privacy", then "Start a full plan" before the app took over
  root.removeAttribute('data-prerendered'); // main.tsx: the app draws the form, not the start page
  root.innerHTML = `<main><h1>About your school or district</h1></main>${START_PAGE}`;
  const pressed: string[] = [];
  root.querySelectorAll('a').forEach((a) => a.addEventListener('click', (event) => (event.preventDefault(), pressed.push(a.textContent!))));

  takeOverFromPrerender();

  expect(pressed).toEqual([]); // the start click was the last one made
});
