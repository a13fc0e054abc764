import { StrictMode, useEffect, useRef } from 'react';
import { Router } from 'wouter';
import { LocaleRoot } from './locale-root';

interface AppRootProps {
  unknownAddressAtLoad: boolean;
  /** Set only when rendering at build time (prerender.tsx): the address to draw, as there is no browser. */
  ssrPath?: string;
  /** Called once, after the first commit: the page is the app's from then on. */
  onFirstCommit?: () => void;
}

/**
 * The whole app, as the browser runs it and as the build prerenders the start page. Both must draw the same
 * tree, so that React can take over the prerendered page (hydrate) instead of drawing it again.
 */
export function AppRoot({ unknownAddressAtLoad, ssrPath, onFirstCommit }: AppRootProps) {
  return (
    <StrictMode>
      <Router ssrPath={ssrPath}>
        <LocaleRoot unknownAddressAtLoad={unknownAddressAtLoad} />
        <FirstCommit onCommit={onFirstCommit} />
      </Router>
    </StrictMode>
  );
}

function FirstCommit({ onCommit }: { onCommit: (() => void) | undefined }) {
  const done = useRef(false);
  useEffect(() => {
    if (done.current) return; // StrictMode runs effects twice in development
    done.current = true;
    onCommit?.();
  }, [onCommit]);
  return null;
}
