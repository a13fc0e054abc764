import { createHash } from 'node:crypto';

/**
 * The one Content-Security-Policy: the build puts it in a <meta> tag and writes it, for hosts to send as a header,
 * to dist/_headers (README, "Privacy and hosting"). frame-ancestors only works as a header, so only the header has it.
 * blob: for images and workers leaves room for the PDF export.
 * worker-src and manifest-src name 'self' explicitly (issue #6): the offline service worker (sw.js) and
 * the web app manifest may only come from the app's own origin.
 * index.html carries its early script and its stylesheet inline (issue 15: nothing to fetch before the first
 * paint), so the policy allows exactly those, by hash: no other inline script or style runs.
 */
export function contentSecurityPolicy(inline: { scripts: string[]; styles: string[] }): string {
  return [
    "default-src 'self'",
    ['script-src', "'self'", ...inline.scripts.map(hashSource)].join(' '),
    ['style-src', "'self'", ...inline.styles.map(hashSource)].join(' '),
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** What only a header can carry, added to the policy there. */
export const HEADER_ONLY_DIRECTIVES = "frame-ancestors 'none'";

/** The other headers hosts should send with every page. */
export const OTHER_HEADERS = ['Referrer-Policy: no-referrer', 'X-Content-Type-Options: nosniff'];

/** A CSP hash source for an inline block: browsers hash its text exactly as it stands between the tags. */
function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}
