import type { Question, ReadinessItem, StepContent } from '../../content/types';
import type { NeedsQuestionName } from './needs.schema';

export const NEEDS_LIMITS = { summary: 2000, assets: 1500, barriers: 1500, existingRoles: 1500 } as const;

const items = [
  {
    id: 'currentVsVision',
    statement: 'We have compared where STEM stands today with the vision we have stated.',
    descriptors: {
      early: 'No comparison yet; nobody could say how far practice is from the vision.',
      developing: 'Impressions and anecdotes exist, but no structured needs assessment.',
      prepared: 'A needs assessment has measured current STEM practice against the vision, with written findings.',
      model: 'The needs assessment is repeated on a schedule and its findings steer decisions.',
    },
    recommendation:
      'Run a needs assessment that sets the current state of STEM beside your stated vision, and write down the distance between them.',
    source: 'steps',
  },
  {
    id: 'resourceInventory',
    statement: 'We have inventoried our instructional, fiscal and facility resources and the STEM expertise on staff.',
    descriptors: {
      early: 'Resources and expertise have not been inventoried.',
      developing: 'One area (for example instructional materials) has been inventoried; others have not.',
      prepared: 'Inventories and surveys cover instructional, fiscal and facility needs and staff expertise.',
      model: 'Inventories are current, shared with the team and used to target spending and support.',
    },
    recommendation:
      'Use inventories and staff surveys to map instructional, fiscal and facility resources and the STEM expertise you already have.',
    source: 'steps',
  },
  {
    id: 'assetsAndBarriers',
    statement: 'We have named the assets that could speed our progress and the barriers that could slow it.',
    descriptors: {
      early: 'Assets and barriers have not been discussed.',
      developing: 'A few assets or barriers are known informally.',
      prepared: 'A written list of assets and barriers exists, agreed by the planning team.',
      model: 'Each barrier has a response and each asset a way to build on it.',
    },
    recommendation:
      'List the assets that could help and the barriers that could get in the way, so the design can build on one and plan around the other.',
    source: 'steps',
  },
  {
    id: 'addedValue',
    statement:
      'We have judged whether, and how, a STEM teacher leader would add value alongside existing roles and our culture.',
    descriptors: {
      early: 'The idea of a STEM teacher leader has not been tested against current roles.',
      developing: 'Possible value has been discussed, without looking at overlap with existing roles.',
      prepared: 'The team has weighed existing roles and culture and can say what the new role adds.',
      model: 'The added value is documented and understood by staff whose roles it touches.',
    },
    recommendation:
      'Before designing the role, check where it would add value and where it would overlap existing roles or clash with your culture.',
    source: 'steps',
  },
] as const satisfies readonly ReadinessItem[];

export type NeedsItemId = (typeof items)[number]['id'];

const questions = [
  {
    name: 'methods',
    kind: 'checkboxes',
    label: 'Which inventories or surveys have you carried out?',
    hint: 'Select all that apply.',
    options: [
      { value: 'instructional', label: 'Instructional resources' },
      { value: 'fiscal', label: 'Fiscal resources' },
      { value: 'facility', label: 'Facilities' },
      { value: 'expertise', label: 'Staff STEM expertise' },
      { value: 'stakeholderSurvey', label: 'Surveys of staff, students or families' },
    ],
    source: 'steps',
  },
  {
    name: 'currentState',
    kind: 'longText',
    label: 'Where does STEM stand today compared with your vision?',
    maxLength: NEEDS_LIMITS.summary,
    source: 'steps',
  },
  {
    name: 'assets',
    kind: 'longText',
    label: 'Assets that could enable progress',
    hint: 'For example staff expertise, partners, facilities, funding.',
    maxLength: NEEDS_LIMITS.assets,
    source: 'steps',
  },
  {
    name: 'barriers',
    kind: 'longText',
    label: 'Barriers that could hamper progress',
    maxLength: NEEDS_LIMITS.barriers,
    source: 'steps',
  },
  {
    name: 'existingRoles',
    kind: 'longText',
    label: 'Existing roles the new position would sit beside, and what it would add',
    hint: 'For example instructional coaches, department chairs, district specialists.',
    maxLength: NEEDS_LIMITS.existingRoles,
    source: 'steps',
  },
] as const satisfies readonly Question<NeedsQuestionName>[];

export const needsContent = {
  number: 1,
  title: 'Assess STEM-related needs',
  shortTitle: 'Needs',
  purpose:
    'Find out how far current STEM practice is from your vision, what resources and expertise you have, and whether a STEM teacher leader would add value.',
  source: 'steps',
  items,
  questions,
  discussionPrompts: [
    'Where is the biggest distance between what our vision says and what happens in classrooms today?',
    'Which resources – instructional, fiscal, facilities, people – do we actually have, and how do we know?',
    'What would a STEM teacher leader do here that nobody in an existing role does now?',
  ],
} as const satisfies StepContent<NeedsItemId, NeedsQuestionName>;
