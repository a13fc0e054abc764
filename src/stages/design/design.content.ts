/**
 * Step 4's content as data: ids, option values, limits and source pages, here in one place; the wording comes
 * from design.messages.ts in the active language. The schema derives its option values from this file.
 */
import type { Question, ReadinessItem, StepContent } from '../../content/types';
import { messagesOf, perLocale } from '../../i18n/i18n';
import { choiceOptions } from '../choice-options';
import type { DesignQuestionName } from './design.schema';
import { designMessages } from './design.messages';
import { designSummary } from './design.summary.messages';

export const DESIGN_LIMITS = { caseForImplementation: 2000, scheduling: 1500, localResources: 1500 } as const;

export const STAKEHOLDERS = [
  'nonprofits',
  'workforceBoards',
  'industry',
  'parents',
  'postsecondary',
  'stemInstitutions',
] as const;

/** The four dimensions on the "roles" seed page: career stage, formality, sphere of influence, purpose. */
export const CAREER_STAGES = ['preservice', 'novice', 'veteran', 'master'] as const;
export const FORMALITY = ['formal', 'informal', 'both'] as const;
export const SPHERES = ['school', 'district', 'state', 'networks', 'academia', 'pdOrganizations'] as const;
export const PURPOSES = [
  'coachingPeers',
  'leadingTeams',
  'districtWork',
  'decisionMaking',
  'professionalizing',
  'garneringResources',
] as const;

export const ROLE_TYPES = ['hybrid', 'fullTime', 'traditional'] as const;
export type RoleTypeValue = (typeof ROLE_TYPES)[number];

export const INTEGRATED_STEM = ['yes', 'exploring', 'no'] as const;

/** Approaches the "elementary" seed page reports from elementary programs. */
export const ELEMENTARY_APPROACHES = ['twoPronged', 'collaboration', 'leadershipTeam', 'modelClassroom'] as const;

const designOptions = perLocale(() => {
  const q = messagesOf(designMessages).questions;
  return {
    stakeholders: choiceOptions(STAKEHOLDERS, q.stakeholders.options, q.stakeholders.optionHints),
    roleType: choiceOptions(ROLE_TYPES, q.roleType.options, q.roleType.optionHints),
    formality: choiceOptions(FORMALITY, q.formality.options, q.formality.optionHints),
    careerStages: choiceOptions(CAREER_STAGES, q.careerStages.options),
    spheres: choiceOptions(SPHERES, q.spheres.options),
    purposes: choiceOptions(PURPOSES, q.purposes.options),
    integratedStem: choiceOptions(INTEGRATED_STEM, q.integratedStem.options),
    elementaryApproaches: choiceOptions(
      ELEMENTARY_APPROACHES,
      q.elementaryApproaches.options,
      q.elementaryApproaches.optionHints,
    ),
  };
});

/** The role's options, worded in the active language (the job description names the chosen ones). */
export const roleTypeOptions = () => designOptions().roleType;
export const formalityOptions = () => designOptions().formality;
export const careerStageOptions = () => designOptions().careerStages;
export const sphereOptions = () => designOptions().spheres;
export const purposeOptions = () => designOptions().purposes;
export const integratedStemOptions = () => designOptions().integratedStem;
export const elementaryApproachOptions = () => designOptions().elementaryApproaches;

export const designContent = perLocale(() => {
  const t = messagesOf(designMessages);
  const q = t.questions;
  const options = designOptions();
  const items = [
    { id: 'fitsContext', ...t.items.fitsContext, source: 'steps' },
    { id: 'localResources', ...t.items.localResources, source: 'steps' },
    { id: 'communityStakeholders', ...t.items.communityStakeholders, source: 'steps' },
    { id: 'caseForImplementation', ...t.items.caseForImplementation, source: 'steps' },
    { id: 'timeAndStructure', ...t.items.timeAndStructure, source: 'steps' },
    { id: 'dedicatedTime', ...t.items.dedicatedTime, source: 'benefits' },
    { id: 'roleDimensions', ...t.items.roleDimensions, source: 'roles' },
  ] as const satisfies readonly ReadinessItem[];

  const questions = [
    {
      name: 'localResources',
      kind: 'longText',
      label: q.localResources.label,
      maxLength: DESIGN_LIMITS.localResources,
      source: 'steps',
    },
    {
      name: 'stakeholders',
      kind: 'checkboxes',
      label: q.stakeholders.label,
      hint: q.stakeholders.hint,
      options: options.stakeholders,
      source: 'steps',
    },
    {
      name: 'caseForImplementation',
      kind: 'longText',
      label: q.caseForImplementation.label,
      maxLength: DESIGN_LIMITS.caseForImplementation,
      source: 'steps',
    },
    {
      name: 'scheduling',
      kind: 'longText',
      label: q.scheduling.label,
      hint: q.scheduling.hint,
      maxLength: DESIGN_LIMITS.scheduling,
      source: 'steps',
    },
    { name: 'roleType', kind: 'radio', label: q.roleType.label, options: options.roleType, source: 'roles' },
    { name: 'formality', kind: 'radio', label: q.formality.label, options: options.formality, source: 'roles' },
    {
      name: 'careerStages',
      kind: 'checkboxes',
      label: q.careerStages.label,
      hint: q.careerStages.hint,
      options: options.careerStages,
      source: 'roles',
    },
    {
      name: 'spheres',
      kind: 'checkboxes',
      label: q.spheres.label,
      hint: q.spheres.hint,
      options: options.spheres,
      source: 'roles',
    },
    {
      name: 'purposes',
      kind: 'checkboxes',
      label: q.purposes.label,
      hint: q.purposes.hint,
      options: options.purposes,
      source: 'roles',
    },
    {
      name: 'integratedStem',
      kind: 'radio',
      label: q.integratedStem.label,
      hint: q.integratedStem.hint,
      options: options.integratedStem,
      source: 'integrated',
    },
    {
      name: 'elementaryApproaches',
      kind: 'checkboxes',
      label: q.elementaryApproaches.label,
      hint: q.elementaryApproaches.hint,
      options: options.elementaryApproaches,
      source: 'elementary',
      elementaryOnly: true,
    },
  ] as const satisfies readonly Question<DesignQuestionName>[];

  return {
    number: 4,
    ...messagesOf(designSummary),
    source: 'steps',
    items,
    questions,
    discussionPrompts: t.discussionPrompts,
  } as const satisfies StepContent<(typeof items)[number]['id'], DesignQuestionName>;
});

export type DesignItemId = ReturnType<typeof designContent>['items'][number]['id'];
