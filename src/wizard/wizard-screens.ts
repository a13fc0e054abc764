/**
 * Everything a cold visitor does not need on the start page: the stage forms (react-hook-form, the zod
 * schemas, every stage's content), the stepper, the review page, and the results and plan screens. One chunk, loaded by
 * src/app/lazy-screens.tsx when it is first needed or when the browser is idle.
 */
export { PlanPage } from '../plan/plan-page';
export { ResultsPage } from '../results/results-page';
export { ReviewPage } from '../wizard/review-page';
export { StageForm } from '../wizard/stage-form';
export { Stepper } from '../wizard/stepper';
