import '@testing-library/jest-dom/vitest';
import '../src/i18n/load-catalog';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  if (typeof localStorage !== 'undefined') localStorage.clear();
});

// jsdom has no <dialog> methods; give it the minimum the app relies on.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}
// Some suites (the PDF builder) run in plain Node, without a DOM.
if (typeof window !== 'undefined') {
  Element.prototype.scrollIntoView ??= function scrollIntoView() {};
  window.scrollTo = () => {};
}

// Load the lazily loaded screens up front, so components render them synchronously as the app does
// once they have loaded (src/app/lazy-screens.tsx), and tests can query them right after a click.
if (typeof window !== 'undefined') await import('../src/app/lazy-screens').then((m) => Promise.all([m.loadWizard(), m.loadResults()]));
if (typeof window !== 'undefined') await import('../src/app/lazy-workshop').then((m) => m.loadWorkshop());
