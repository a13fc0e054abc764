import type { ReactNode } from 'react';

/**
 * A link to a heading on the same screen. It scrolls to the heading and moves focus there (so the next
 * Tab continues from it, and a screen reader reads it) without adding a history entry: Back still leaves
 * the screen rather than stepping through places on it.
 */
export function InPageLink({
  to,
  children,
  className,
}: {
  to: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <a
      href={`#${to}`}
      className={className}
      onClick={(event) => {
        const target = document.getElementById(to);
        if (!target) return;
        event.preventDefault();
        if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
        target.scrollIntoView({ block: 'start' });
        target.focus({ preventScroll: true });
      }}
    >
      {children}
    </a>
  );
}
