import { STAGE_IDS, stageSchema, stageTitle, type Mode, type StageId } from '../stages/stage-list';
import type { AppState } from './app-store';

export interface StageProblem {
  stage: StageId;
  message: string;
}

/** Check every stage against its schema, as a whole, before the review page offers to go on. */
export function validateAssessment(
  state: Pick<AppState, 'profile' | 'steps'>,
  mode: Mode,
): StageProblem[] {
  return STAGE_IDS.flatMap((stage) => {
    const answers = stage === 'profile' ? state.profile : state.steps[stage];
    if (!answers) return [{ stage, message: `Complete “${stageTitle(stage)}”` }];
    const result = stageSchema(stage, mode).safeParse(answers);
    return result.success
      ? []
      : [{ stage, message: `Check your answers to “${stageTitle(stage)}”: ${result.error.issues[0]?.message ?? ''}` }];
  });
}
