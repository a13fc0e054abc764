import { messagesOf } from '../i18n/i18n';
import { formatNumber } from '../i18n/format';
import { stageHeadingMessages } from './stage-heading.messages';
import { STEPS, stageTitle, type StageId } from './stage-list';

export const STEP_COUNT = Object.keys(STEPS).length;

/** The caption above a stage's heading and its page title ("Step n of 7 – …"). */
export function stageHeading(stage: StageId): { caption: string; pageTitle: string } {
  const t = messagesOf(stageHeadingMessages);
  if (stage === 'profile') return { caption: t.beforeYouStart, pageTitle: stageTitle(stage) };
  const position = { number: formatNumber(STEPS[stage].content.number), total: formatNumber(STEP_COUNT) };
  return { caption: t.stepOf(position), pageTitle: t.stepPageTitle({ ...position, title: stageTitle(stage) }) };
}
