import { z } from 'zod';
import { checkboxes, optionalChoice, optionalText, ratingsSchema } from '../schema-helpers';
import { DESIGN_LIMITS, designContent } from './design.content';

export const designQuestionsSchema = z.object({
  localResources: optionalText(DESIGN_LIMITS.localResources, 'local resources'),
  stakeholders: checkboxes([
    'nonprofits',
    'workforceBoards',
    'industry',
    'parents',
    'postsecondary',
    'stemInstitutions',
  ]),
  caseForImplementation: optionalText(DESIGN_LIMITS.caseForImplementation, 'a case for implementation'),
  scheduling: optionalText(DESIGN_LIMITS.scheduling, 'your scheduling plan'),
  roleType: optionalChoice(['hybrid', 'fullTime', 'traditional']),
  formality: optionalChoice(['formal', 'informal', 'both']),
  careerStages: checkboxes(['preservice', 'novice', 'veteran', 'master']),
  spheres: checkboxes(['school', 'district', 'state', 'networks', 'academia', 'pdOrganizations']),
  purposes: checkboxes([
    'coachingPeers',
    'leadingTeams',
    'districtWork',
    'decisionMaking',
    'professionalizing',
    'garneringResources',
  ]),
  integratedStem: optionalChoice(['yes', 'exploring', 'no']),
  elementaryApproaches: checkboxes(['twoPronged', 'collaboration', 'leadershipTeam', 'modelClassroom']),
});

export const designSchema = designQuestionsSchema.extend({ ratings: ratingsSchema(designContent.items) });

export type DesignQuestionName = keyof z.infer<typeof designQuestionsSchema>;
export type DesignAnswers = z.infer<typeof designSchema>;
