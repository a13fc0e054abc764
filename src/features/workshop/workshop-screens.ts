/**
 * The workshop screens (issue 6): presentation view and printable worksheets. Their own chunk, loaded by
 * src/app/lazy-workshop.tsx when first needed, so the start page's bundle stays within budget.
 */
import './workshop.css';
import './came-from';

export { PresentationView } from './presentation/presentation-view';
export { WorksheetsPage } from './worksheets/worksheets-page';
