/**
 * Step 2's content as data: ids, option values, limits and source pages, here in one place; the wording comes
 * from vision.messages.ts in the active language. The schema derives its option values from this file.
 */
import type { Question, ReadinessItem, StepContent } from '../../content/types';
import { messagesOf, perLocale } from '../../i18n/i18n';
import { choiceOptions } from '../choice-options';
import type { VisionQuestionName } from './vision.schema';
import { visionMessages } from './vision.messages';
import { visionSummary } from './vision.summary.messages';

export const VISION_LIMITS = { statement: 2000, leaderRole: 1500, why: 1500 } as const;

export const VISION_INPUT_FROM = ['faculty', 'students', 'parents', 'communityPartners', 'administration'] as const;

/** The four benefits on the "benefits" seed page; the team's priorities feed gap ranking. */
export const BENEFITS = ['studentEngagement', 'teachingPractice', 'teacherVoice', 'sustainCapacity'] as const;
export type BenefitValue = (typeof BENEFITS)[number];

export const visionContent = perLocale(() => {
  const t = messagesOf(visionMessages);
  const items = [
    { id: 'visionConsensus', ...t.items.visionConsensus, source: 'steps' },
    { id: 'leaderRoleInVision', ...t.items.leaderRoleInVision, source: 'steps' },
    { id: 'collaborativeInput', ...t.items.collaborativeInput, source: 'steps' },
    { id: 'transparentWhy', ...t.items.transparentWhy, source: 'steps' },
  ] as const satisfies readonly ReadinessItem[];

  const questions = [
    {
      name: 'statement',
      kind: 'longText',
      label: t.questions.statement.label,
      hint: t.questions.statement.hint,
      maxLength: VISION_LIMITS.statement,
      source: 'steps',
    },
    {
      name: 'leaderRole',
      kind: 'longText',
      label: t.questions.leaderRole.label,
      hint: t.questions.leaderRole.hint,
      maxLength: VISION_LIMITS.leaderRole,
      source: 'steps',
      hintSource: 'benefits',
    },
    {
      name: 'inputFrom',
      kind: 'checkboxes',
      label: t.questions.inputFrom.label,
      hint: t.questions.inputFrom.hint,
      options: choiceOptions(VISION_INPUT_FROM, t.questions.inputFrom.options),
      source: 'steps',
    },
    {
      name: 'why',
      kind: 'longText',
      label: t.questions.why.label,
      maxLength: VISION_LIMITS.why,
      source: 'steps',
    },
    {
      name: 'benefitPriorities',
      kind: 'checkboxes',
      label: t.questions.benefitPriorities.label,
      hint: t.questions.benefitPriorities.hint,
      options: choiceOptions(
        BENEFITS,
        t.questions.benefitPriorities.options,
        t.questions.benefitPriorities.optionHints,
      ),
      source: 'benefits',
    },
  ] as const satisfies readonly Question<VisionQuestionName>[];

  return {
    number: 2,
    ...messagesOf(visionSummary),
    source: 'steps',
    items,
    questions,
    discussionPrompts: t.discussionPrompts,
  } as const satisfies StepContent<(typeof items)[number]['id'], VisionQuestionName>;
});

export type VisionItemId = ReturnType<typeof visionContent>['items'][number]['id'];
