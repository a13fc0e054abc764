/**
 * Lays out one date field, off screen, and removes it, so the form that has a real one does not pay for the first.
 * Chromium loads its date field's locale data and calendar icon the first time a page lays one out: 45–60 ms at 4×
 * CPU throttling on an idle start page, and later date fields about 10 ms (measured 2026-11-30, issue 15). The
 * first form, "About your school or district", has one. Call when idle: it is a short task of its own.
 */
export function warmDateControl(): void {
  const probe = document.createElement('input');
  probe.type = 'date';
  probe.tabIndex = -1;
  probe.setAttribute('aria-hidden', 'true');
  probe.style.cssText = 'position:fixed;top:0;left:-10000px';
  document.body.append(probe);
  void probe.offsetWidth; // lay it out now; it is gone before anything paints or announces it
  probe.remove();
}
