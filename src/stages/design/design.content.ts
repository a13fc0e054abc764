import type { Question, ReadinessItem, StepContent } from '../../content/types';
import type { DesignQuestionName } from './design.schema';

export const DESIGN_LIMITS = { caseForImplementation: 2000, scheduling: 1500, localResources: 1500 } as const;

export const STAKEHOLDERS = [
  { value: 'nonprofits', label: 'Nonprofit leaders' },
  { value: 'workforceBoards', label: 'Workforce boards' },
  { value: 'industry', label: 'Industry representatives' },
  { value: 'parents', label: 'Parents' },
  { value: 'postsecondary', label: 'Postsecondary educators' },
  { value: 'stemInstitutions', label: 'STEM-rich institutions', hint: 'Science centres, museums, research organisations.' },
] as const;

/** The four dimensions on the "roles" seed page. */
export const CAREER_STAGES = [
  { value: 'preservice', label: 'Preservice' },
  { value: 'novice', label: 'Novice' },
  { value: 'veteran', label: 'Veteran' },
  { value: 'master', label: 'Master teacher' },
] as const;

export const FORMALITY = [
  { value: 'formal', label: 'Formal', hint: 'A designated position with a job description.' },
  { value: 'informal', label: 'Informal', hint: 'Leading from the classroom without a designation.' },
  { value: 'both', label: 'Both', hint: 'A formal role alongside informal leaders.' },
] as const;

export const ROLE_TYPES = [
  { value: 'hybrid', label: 'Hybrid', hint: 'Part of the time teaching students, part coaching peers.' },
  { value: 'fullTime', label: 'Full-time', hint: 'Out of the classroom as a school coach or district resource.' },
  { value: 'traditional', label: 'Traditional formal role', hint: 'Such as department or committee chair.' },
] as const;
export type RoleTypeValue = (typeof ROLE_TYPES)[number]['value'];

export const SPHERES = [
  { value: 'school', label: 'School' },
  { value: 'district', label: 'District' },
  { value: 'state', label: 'State' },
  { value: 'networks', label: 'Regional or national networks' },
  { value: 'academia', label: 'Higher education or research' },
  { value: 'pdOrganizations', label: 'Professional development organisations or associations' },
] as const;

export const PURPOSES = [
  { value: 'coachingPeers', label: 'Coaching peers' },
  { value: 'leadingTeams', label: 'Leading groups and teams in the school' },
  { value: 'districtWork', label: 'Working at district level' },
  { value: 'decisionMaking', label: 'Contributing to school or district decisions' },
  { value: 'professionalizing', label: 'Professionalising teaching at district or state level' },
  { value: 'garneringResources', label: 'Bringing in resources from beyond the school' },
] as const;

export const INTEGRATED_STEM = [
  { value: 'yes', label: 'Yes, integrated STEM is part of our vision' },
  { value: 'exploring', label: 'We are exploring it' },
  { value: 'no', label: 'No, we are focusing on the separate disciplines' },
] as const;

/** Approaches the "elementary" seed page reports from elementary programs. */
export const ELEMENTARY_APPROACHES = [
  {
    value: 'twoPronged',
    label: 'Build both STEM instructional practice and leadership skills',
    hint: 'Content, project-based learning, STEM resources, balancing subjects; plus advocacy and leading adults.',
  },
  {
    value: 'collaboration',
    label: 'Chances to collaborate and get feedback from other STEM teachers',
    hint: 'Residential PD, internships with researchers or industry, lesson-plan teams.',
  },
  {
    value: 'leadershipTeam',
    label: 'A seat on the school leadership team',
    hint: 'So STEM has a voice in school decisions.',
  },
  {
    value: 'modelClassroom',
    label: 'Keep strong STEM teachers in the classroom as a visible model',
    hint: 'They model lessons and start school-wide conversations about STEM.',
  },
] as const;

const items = [
  {
    id: 'fitsContext',
    statement: 'The planned model fits our school culture, our STEM vision and the needs we identified.',
    descriptors: {
      early: 'No model has been sketched yet.',
      developing: 'A model is sketched, borrowed from elsewhere without adapting it.',
      prepared: 'The model is adapted to our culture, vision and assessed needs.',
      model: 'Each design choice can be traced to a need or to the vision.',
    },
    recommendation:
      'Shape the model around your culture, your STEM vision and the needs from step 1, rather than copying a design wholesale.',
    source: 'steps',
  },
  {
    id: 'localResources',
    statement: 'The design accounts for local resources for staffing, instruction and professional development.',
    descriptors: {
      early: 'Local resources have not been considered.',
      developing: 'Resources for one of staffing, instruction or PD are known.',
      prepared: 'Staffing, instructional and PD resources are all accounted for.',
      model: 'Resources are committed and the design makes the most of local strengths.',
    },
    recommendation:
      'Check what local conditions allow – staffing, instructional materials and professional development – and fit the design to them.',
    source: 'steps',
  },
  {
    id: 'communityStakeholders',
    statement:
      'Community stakeholders such as nonprofits, workforce boards, industry, parents, postsecondary educators and STEM-rich institutions are involved.',
    descriptors: {
      early: 'Only school staff are involved.',
      developing: 'One or two outside groups have been approached.',
      prepared: 'Several community stakeholders are taking part in the design.',
      model: 'Stakeholders share ownership and contribute resources or expertise.',
    },
    recommendation:
      'Bring community stakeholders into the design – nonprofit leaders, workforce boards, industry, parents, postsecondary educators and STEM-rich institutions.',
    source: 'steps',
  },
  {
    id: 'caseForImplementation',
    statement: 'We have a case for implementation that shows the community and funders why this matters.',
    descriptors: {
      early: 'No case has been written.',
      developing: 'Talking points exist for internal audiences only.',
      prepared: 'A written case explains the significance and rationale to people outside education.',
      model: 'The case has been shared and has won support from the community or funders.',
    },
    recommendation:
      'Write a case for implementation alongside the design: teacher leadership is not widely understood outside education, so show how it improves students’ STEM experiences.',
    source: 'steps',
  },
  {
    id: 'timeAndStructure',
    statement: 'Schedules and structures give teachers time to collaborate and reach out to partners.',
    descriptors: {
      early: 'Schedules leave no time for collaboration.',
      developing: 'Time is found occasionally, by goodwill rather than design.',
      prepared: 'Collaboration and partner time are built into the schedule.',
      model: 'Protected time is used well and reviewed each year.',
    },
    recommendation:
      'Redesign schedules and structures for collaboration: time is most often named as the greatest barrier, especially where job differentiation is new.',
    source: 'steps',
  },
  {
    id: 'roleDimensions',
    statement:
      'We have decided the role’s career stage, formality, sphere of influence and purpose.',
    descriptors: {
      early: 'The role has not been described.',
      developing: 'Some dimensions are decided; others are left open.',
      prepared: 'All four dimensions are decided and written down.',
      model: 'The dimensions are decided and varied roles, formal and informal, reinforce each other.',
    },
    recommendation:
      'Describe the role on the four dimensions – career stage, formality, sphere of influence and purpose – and choose hybrid, full-time or traditional.',
    source: 'roles',
  },
] as const satisfies readonly ReadinessItem[];

export type DesignItemId = (typeof items)[number]['id'];

const questions = [
  {
    name: 'localResources',
    kind: 'longText',
    label: 'Local resources for staffing, instruction and professional development',
    maxLength: DESIGN_LIMITS.localResources,
    source: 'steps',
  },
  {
    name: 'stakeholders',
    kind: 'checkboxes',
    label: 'Which community stakeholders will you involve?',
    hint: 'Select all that apply.',
    options: STAKEHOLDERS,
    source: 'steps',
  },
  {
    name: 'caseForImplementation',
    kind: 'longText',
    label: 'Your case for implementation, for the community and funders',
    maxLength: DESIGN_LIMITS.caseForImplementation,
    source: 'steps',
  },
  {
    name: 'scheduling',
    kind: 'longText',
    label: 'How will structures and schedules make time for collaboration?',
    hint: 'Time is the barrier most often named.',
    maxLength: DESIGN_LIMITS.scheduling,
    source: 'steps',
  },
  {
    name: 'roleType',
    kind: 'radio',
    label: 'What kind of position will it be?',
    options: ROLE_TYPES,
    source: 'roles',
  },
  {
    name: 'formality',
    kind: 'radio',
    label: 'Formality',
    options: FORMALITY,
    source: 'roles',
  },
  {
    name: 'careerStages',
    kind: 'checkboxes',
    label: 'Career stage of the teachers you expect to lead',
    hint: 'Select all that apply.',
    options: CAREER_STAGES,
    source: 'roles',
  },
  {
    name: 'spheres',
    kind: 'checkboxes',
    label: 'Sphere of influence',
    hint: 'Where the role sits and whom it aims to influence. Select all that apply.',
    options: SPHERES,
    source: 'roles',
  },
  {
    name: 'purposes',
    kind: 'checkboxes',
    label: 'Purpose of the role',
    hint: 'Select all that apply.',
    options: PURPOSES,
    source: 'roles',
  },
  {
    name: 'integratedStem',
    kind: 'radio',
    label: 'Will the program pursue integrated STEM?',
    hint: 'Connecting the STEM disciplines with each other and with the humanities.',
    options: INTEGRATED_STEM,
    source: 'integrated',
  },
  {
    name: 'elementaryApproaches',
    kind: 'checkboxes',
    label: 'Which elementary approaches will you use?',
    hint: 'Select all that apply.',
    options: ELEMENTARY_APPROACHES,
    source: 'elementary',
    elementaryOnly: true,
  },
] as const satisfies readonly Question<DesignQuestionName>[];

export const designContent = {
  number: 4,
  title: 'Design the model of STEM teacher leadership',
  shortTitle: 'Design',
  purpose:
    'Shape a model that fits your culture, vision, needs and local resources, with the right stakeholders, schedule and role.',
  source: 'steps',
  items,
  questions,
  discussionPrompts: [
    'Where in the weekly schedule would collaboration time actually come from?',
    'Hybrid, full-time or a traditional role: which fits our people and budget, and why?',
    'If a funder asked “why does this matter for students?”, what would we say in two sentences?',
  ],
} as const satisfies StepContent<DesignItemId, DesignQuestionName>;
