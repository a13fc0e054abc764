/**
 * Every screen's address (docs/decisions/0006-router.md). The address names a screen and never carries an
 * answer. Stage and step paths come from the stage list, so an 8th step gets its address with no change here.
 *
 *   /                       start page            /review        review of all answers
 *   /profile                the profile stage     /results       results
 *   /steps/<step>           a step's form         /plan          the plan
 *   /present/<step>         projector view        /worksheets    printable worksheets
 *   /room                   workshop room         /privacy       the privacy note
 *   /progress               progress since the baseline
 *   /snapshots/<id>         one past snapshot, read-only (the id is random, never an answer)
 *   /room/present/<step>    the room on a projector
 *
 * `?from=review` (a stage opened from the review page) and `?from=<stage>` (a presentation opened from a stage)
 * say where "Save and return" and "Leave" go back to.
 */
import { STAGE_IDS, STEP_IDS, type StageId, type StepId } from '../stages/stage-order';
import type { View } from './navigation-slice';

/** Screens whose address is just their name. */
const SINGLE_SCREENS = ['review', 'results', 'plan', 'worksheets', 'room', 'privacy', 'progress'] as const;
const isSingleScreen = (value: string): value is (typeof SINGLE_SCREENS)[number] =>
  (SINGLE_SCREENS as readonly string[]).includes(value);

const isStep = (value: string | undefined): value is StepId => STEP_IDS.includes(value as StepId);
const isStage = (value: string | null): value is StageId => STAGE_IDS.includes(value as StageId);

export function pathOfView(view: View): string {
  switch (view.name) {
    case 'start':
      return '/';
    case 'stage': {
      const path = view.stage === 'profile' ? '/profile' : `/steps/${view.stage}`;
      return view.returnToReview ? `${path}?from=review` : path;
    }
    case 'presentation':
      return `/present/${view.step}${view.returnTo ? `?from=${view.returnTo}` : ''}`;
    case 'snapshot':
      return `/snapshots/${encodeURIComponent(view.id)}`;
    case 'room-present':
      return `/room/present/${view.step}`;
    default:
      return `/${view.name}`;
  }
}

/** The view an address shows, or null for an address the app does not have. */
export function viewOfPath(pathname: string, search: string): View | null {
  const [first, second, third, extra] = pathname.replace(/^\/+|\/+$/g, '').split('/');
  const from = new URLSearchParams(search).get('from');
  if (extra !== undefined) return null;
  if (first === 'room' && second === 'present') {
    if (third === undefined) return { name: 'room-present', step: STEP_IDS[0]! };
    return isStep(third) ? { name: 'room-present', step: third } : null;
  }
  if (third !== undefined) return null;
  if (!first) return { name: 'start' };
  if (first === 'profile' && second === undefined) {
    return from === 'review' ? { name: 'stage', stage: 'profile', returnToReview: true } : { name: 'stage', stage: 'profile' };
  }
  if (first === 'steps' && isStep(second)) {
    return from === 'review' ? { name: 'stage', stage: second, returnToReview: true } : { name: 'stage', stage: second };
  }
  if (first === 'present' && isStep(second)) {
    return isStage(from) ? { name: 'presentation', step: second, returnTo: from } : { name: 'presentation', step: second };
  }
  if (first === 'snapshots' && second && /^[\w-]{1,100}$/.test(second)) return { name: 'snapshot', id: second };
  if (second !== undefined) return null;
  return isSingleScreen(first) ? { name: first } : null;
}
