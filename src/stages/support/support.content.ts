import type { Level } from '../../content/levels';
import type { Question, ReadinessItem, StepContent } from '../../content/types';
import type { SupportQuestionName } from './support.schema';

export const SUPPORT_LIMITS = { plannedSupport: 500, timeline: 120, otherSupports: 1500 } as const;

/** The six areas new STEM teacher leaders most often say they need support in ("steps" page, step 7). */
export const SUPPORT_AREAS = [
  { value: 'leadership', label: 'Leadership', hint: 'Leading peers, and “leading up” to administrators and supervisors.' },
  {
    value: 'adultLearners',
    label: 'Teaching adult learners',
    hint: 'Running PD for educators, coaching, co-teaching, mentoring early-career teachers.',
  },
  {
    value: 'innovativeInstruction',
    label: 'Innovative approaches to STEM instruction',
    hint: 'Project- and problem-based learning, digital learning, flipped classrooms.',
  },
  {
    value: 'communityIndustry',
    label: 'Community engagement and industry partnership',
    hint: 'Partnerships with STEM professionals, local industry, higher education.',
  },
  { value: 'advocacy', label: 'Advocacy', hint: 'Communicating issues and needs to inform STEM education policy.' },
  {
    value: 'resourceDevelopment',
    label: 'Resource development',
    hint: 'Grant writing, joining networks and organisations that provide STEM resources.',
  },
] as const;
export type SupportAreaValue = (typeof SUPPORT_AREAS)[number]['value'];

export const PRIORITIES = [
  { value: 'high', label: 'High' },
  { value: 'medium', label: 'Medium' },
  { value: 'low', label: 'Low' },
] as const;

/** Every area is rated on the same scale; only the area's focus changes. */
const supportDescriptors: Record<Level, string> = {
  early: 'No support planned in this area.',
  developing: 'Support is ad hoc or generic, not matched to the leader’s needs.',
  prepared: 'Professional development matched to the leader’s needs is planned and scheduled.',
  model: 'Ongoing, needs-matched support with networks and follow-up is in place.',
};

const areaItem = <const Id extends string>(id: Id, area: string, recommendation: string) =>
  ({
    id,
    statement: `We have planned support for the leader in ${area}.`,
    descriptors: supportDescriptors,
    recommendation,
    source: 'steps',
  }) as const satisfies ReadinessItem<Id>;

const items = [
  areaItem(
    'leadership',
    'leadership, including leading up',
    'Plan professional development in leading peers and in “leading up” to administrators and supervisors.',
  ),
  areaItem(
    'adultLearners',
    'teaching adult learners',
    'Prepare the leader to teach adults: running PD, coaching colleagues, co-teaching and mentoring early-career teachers.',
  ),
  areaItem(
    'innovativeInstruction',
    'innovative approaches to STEM instruction',
    'Build the leader’s command of project- and problem-based learning, digital learning and flipped classrooms.',
  ),
  areaItem(
    'communityIndustry',
    'community engagement and industry partnership',
    'Help the leader build partnerships with STEM professionals, local industry and higher education.',
  ),
  areaItem(
    'advocacy',
    'advocacy',
    'Develop the leader’s skill in communicating STEM needs to inform policy, locally and beyond.',
  ),
  areaItem(
    'resourceDevelopment',
    'resource development',
    'Support the leader in grant writing and in joining networks that provide STEM resources.',
  ),
] as const;

export type SupportItemId = (typeof items)[number]['id'];

const questions = [
  {
    name: 'pdPlan',
    kind: 'grid',
    label: 'Professional development plan for the teacher leader',
    hint: 'For each area: how high a priority it is, the support you will give, and when.',
    rows: SUPPORT_AREAS,
    columns: [
      { name: 'priority', kind: 'select', label: 'Priority', options: PRIORITIES, source: 'steps' },
      {
        name: 'plannedSupport',
        kind: 'text',
        label: 'Planned support',
        maxLength: SUPPORT_LIMITS.plannedSupport,
        source: 'steps',
      },
      { name: 'timeline', kind: 'text', label: 'Timeline', maxLength: SUPPORT_LIMITS.timeline, source: 'steps' },
    ],
    source: 'steps',
  },
  {
    name: 'otherSupports',
    kind: 'longText',
    label: 'Other supports for the new leader',
    hint: 'For example a network of fellow STEM teacher leaders, or feedback from peers.',
    maxLength: SUPPORT_LIMITS.otherSupports,
    source: 'elementary',
  },
] as const satisfies readonly Question<SupportQuestionName>[];

export const supportContent = {
  number: 7,
  title: 'Support the STEM teacher leader',
  shortTitle: 'Support',
  purpose:
    'New leaders fill new positions with gaps to close. Plan professional development matched to their needs in six areas.',
  source: 'steps',
  items,
  questions,
  discussionPrompts: [
    'Which of the six areas would a new leader here find hardest in the first term?',
    'Who will the leader turn to when “leading up” to administrators gets difficult?',
    'Which networks or organisations that provide STEM resources could the leader join?',
  ],
} as const satisfies StepContent<SupportItemId, SupportQuestionName>;
