import type { ReactNode, RefObject } from 'react';

interface ScreenHeadingProps {
  /** The app moves focus here on every change of screen (see app.tsx), so it is focusable by script only. */
  headingRef?: RefObject<HTMLHeadingElement | null>;
  /** A line above the heading, e.g. "Step 3 of 7" or "Workshop"; kept out of the heading's name. */
  caption?: ReactNode;
  children: ReactNode;
}

/** Every screen's one <h1>: the same look, focus target and caption everywhere. */
export function ScreenHeading({ headingRef, caption, children }: ScreenHeadingProps) {
  return (
    <>
      {caption ? <p className="caption">{caption}</p> : null}
      <h1 className="page-title" tabIndex={-1} ref={headingRef}>
        {children}
      </h1>
    </>
  );
}
