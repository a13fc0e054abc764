/**
 * Build time only (the prerender plugin in vite.config.ts loads this in Node): the start page as a first-time
 * visitor sees it in English, written into index.html so it paints before the app's script has loaded
 * (docs/decisions/0012-first-paint-and-first-field.md). The browser then hydrates it (main.tsx).
 */
import { renderToString } from 'react-dom/server';
import { AppRoot } from './app-root';

export function renderStartPage(): string {
  return renderToString(<AppRoot unknownAddressAtLoad={false} ssrPath="/" />);
}
