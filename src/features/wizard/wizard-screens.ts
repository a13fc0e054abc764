/**
 * Everything a cold visitor does not need on the start page: the stage forms (react-hook-form, the zod
 * schemas, every stage's content), the stepper and the review page. One chunk, loaded by
 * src/app/lazy-screens.tsx when it is first needed or when the browser is idle. The results and plan
 * screens are a chunk of their own (src/features/results/results-screens.ts).
 */
export { ReviewPage } from './review-page';
export { StageForm } from './stage-form';
export { Stepper } from './stepper';
