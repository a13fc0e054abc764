/**
 * Page-by-page progress of the PDF being built. One document is built at a time per thread (the worker builds
 * one per message), so a module-level listener is enough; startPdf wires it to jsPDF's "addPage" event.
 */
let onPage: ((pagesSoFar: number) => void) | null = null;

export function reportPagesTo(listener: ((pagesSoFar: number) => void) | null): void {
  onPage = listener;
}

export function pageAdded(pagesSoFar: number): void {
  onPage?.(pagesSoFar);
}
