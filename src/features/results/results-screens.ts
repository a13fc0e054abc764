/**
 * The results and plan screens: their own chunk (loaded by src/app/lazy-screens.tsx on first use, or
 * while the browser is idle after the forms), so the first form does not wait for the scoring, the
 * plan editor and the PDF export's character checks.
 */
export { PlanPage } from './plan/plan-page';
export { ResultsPage } from './results-page';
export { ProgressPage } from './progress/progress-page';
export { SnapshotPage } from './progress/snapshot-page';
