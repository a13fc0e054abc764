/**
 * Stands in for jsPDF's optional dependencies (html2canvas, DOMPurify, canvg), which serve `doc.html()` and SVG
 * drawing, neither of which the app uses. Aliased in vite.config.ts so ~380 kB of code stays out of the build
 * and the offline precache. If a future change does call one of those jsPDF features, it fails loudly here.
 */
export default function unavailableInThisApp(): never {
  throw new Error('This jsPDF feature needs an optional dependency the app leaves out (see vite.config.ts).');
}
export const Canvg = unavailableInThisApp;
