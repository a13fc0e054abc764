import { STEPS, stageTitle, type StageId } from './stage-list';

export const STEP_COUNT = Object.keys(STEPS).length;

/** The caption above a stage's heading and its page title ("Step n of 7 – …"). */
export function stageHeading(stage: StageId): { caption: string; pageTitle: string } {
  if (stage === 'profile') return { caption: 'Before you start', pageTitle: stageTitle(stage) };
  const caption = `Step ${STEPS[stage].content.number} of ${STEP_COUNT}`;
  return { caption, pageTitle: `${caption} – ${stageTitle(stage)}` };
}
