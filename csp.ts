/**
 * The one Content-Security-Policy: the build puts it in a <meta> tag, and hosts should send the same
 * as a header (README, "Privacy and hosting"). frame-ancestors only works as a header, so it is listed
 * in the README, not here. blob: for images and workers leaves room for the PDF export.
 * worker-src and manifest-src name 'self' explicitly (issue #6): the offline service worker (sw.js) and
 * the web app manifest may only come from the app's own origin.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
