/**
 * Build time only (the prerender plugin in vite.config.ts loads this in Node), for a first-time visitor in English
 * (docs/decisions/0012-first-paint-and-first-field.md):
 * - the start page, written into index.html so it paints before the app's script has loaded; the browser then
 *   hydrates it (main.tsx);
 * - the first form, "About your school or district", blank, kept in a <template>: a click on a start button
 *   before the app's script has run shows it at once (src/app/start-page-early.js), and the app then takes over
 *   whatever was typed into it (first-form-carry.ts).
 */
import { renderToString } from 'react-dom/server';
import { AppRoot } from './app-root';
import { loadWizard } from './lazy-screens';
import { useAppStore } from '../store/app-store';
import { pathOfView } from '../store/view-path';
import { FIRST_FORM_VIEW } from './prerender-takeover';
import type { Mode } from '../stages/stage-order';

export function renderStartPage(): string {
  return renderToString(<AppRoot unknownAddressAtLoad={false} ssrPath="/" />);
}

/**
 * The first form as a new plan opens it, in either mode. Both modes draw the same form, so one copy serves both;
 * should they ever differ, the build stops here rather than show one mode's form to the other.
 * Server rendering reads the store's initial state (zustand's server snapshot), so that is what is set here;
 * this runs in a module instance of its own at build time, after the start page was rendered.
 */
export async function renderFirstForm(): Promise<string> {
  await loadWizard(); // rendered in full, not its loading message
  const render = (mode: Mode) => {
    Object.assign(useAppStore.getInitialState(), { mode, view: FIRST_FORM_VIEW });
    return renderToString(<AppRoot unknownAddressAtLoad={false} ssrPath={pathOfView(FIRST_FORM_VIEW)} />);
  };
  const full = render('full');
  if (render('quick') !== full) {
    throw new Error('The first form differs between a full plan and a quick check: prerender one copy per mode.');
  }
  return dateFieldsAsText(full);
}

/**
 * Date fields written as text fields marked `data-date-field`, which the early script turns into date fields once
 * the copy has painted. The first date field a page lays out, or even has its type changed, costs Chromium its
 * locale data and calendar icon: 120–200 ms at 4× on a cold load, in the very task that shows the copy. The form's
 * one date field is far below the fold.
 */
export function dateFieldsAsText(html: string): string {
  return html.replaceAll('type="date"', 'type="text" data-date-field=""');
}
