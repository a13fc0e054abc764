import { STAGE_IDS, stageSchema, stageTitle, type Mode, type StageId } from '../stages/stage-list';
import { messagesOf } from '../i18n/i18n';
import type { AppState } from './app-store';
import { assessmentMessages } from './validate-assessment.messages';

export interface StageProblem {
  stage: StageId;
  message: string;
}

/** Check every stage against its schema, as a whole, before the review page offers to go on. */
export function validateAssessment(
  state: Pick<AppState, 'profile' | 'steps'>,
  mode: Mode,
): StageProblem[] {
  const t = messagesOf(assessmentMessages);
  return STAGE_IDS.flatMap((stage) => {
    const answers = stage === 'profile' ? state.profile : state.steps[stage];
    if (!answers) return [{ stage, message: t.completeStage({ stage: stageTitle(stage) }) }];
    const result = stageSchema(stage, mode).safeParse(answers);
    return result.success
      ? []
      : [{ stage, message: t.checkStage({ stage: stageTitle(stage), problem: result.error.issues[0]?.message ?? '' }) }];
  });
}
