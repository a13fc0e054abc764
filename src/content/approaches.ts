/**
 * Recommendations that apply only to some programs: elementary schools (the "elementary" seed page)
 * and programs pursuing integrated STEM (the "integrated" seed page). Typed data, no JSX; the wording is in
 * approaches.messages.ts, in the active language.
 */
import { messagesOf, perLocale } from '../i18n/i18n';
import { approachesMessages } from './approaches.messages';
import type { SeedPageKey } from './sources';

export interface ApproachRecommendation {
  id: string;
  heading: string;
  points: readonly string[];
  source: SeedPageKey;
}

export interface ApproachGroup {
  id: 'elementary' | 'integrated';
  heading: string;
  intro: string;
  recommendations: readonly ApproachRecommendation[];
}

/** Each group's recommendations in order; the group's id is also the source page they come from. */
export const ELEMENTARY_APPROACH_IDS = ['twoPronged', 'collaboration', 'leadershipTeam', 'modelClassroom'] as const;
export const INTEGRATED_APPROACH_IDS = [
  'definePlan',
  'cultureShift',
  'stakeholderValue',
  'formalRole',
  'communityResources',
  'keepLearning',
] as const;

const approachGroups = perLocale(() => {
  const t = messagesOf(approachesMessages);
  const group = (id: ApproachGroup['id'], ids: readonly (keyof typeof t.recommendations)[]): ApproachGroup => ({
    id,
    ...t.groups[id],
    recommendations: ids.map((rec) => ({ id: rec, ...t.recommendations[rec], source: id })),
  });
  return {
    elementary: group('elementary', ELEMENTARY_APPROACH_IDS),
    integrated: group('integrated', INTEGRATED_APPROACH_IDS),
  };
});

/**
 * Plans that include elementary grades: an elementary school, and K–12 or district-wide plans, whose elementary
 * schools the "elementary" page's approaches serve too.
 */
export function includesElementary(level: string | undefined): boolean {
  return level === 'elementary' || level === 'k12' || level === 'district';
}

/** Which groups apply: elementary where the plan has elementary grades, integrated when step 4 chose (or is exploring) it. */
export function applicableApproaches(
  schoolLevel: string | undefined,
  integratedStem: string | undefined,
): ApproachGroup[] {
  const groups: ApproachGroup[] = [];
  if (includesElementary(schoolLevel)) groups.push(approachGroups().elementary);
  if (integratedStem === 'yes' || integratedStem === 'exploring') groups.push(approachGroups().integrated);
  return groups;
}

export type ApproachId = (typeof ELEMENTARY_APPROACH_IDS)[number] | (typeof INTEGRATED_APPROACH_IDS)[number];

/**
 * The step-7 support areas (ids as in stages/support/support.content.ts) whose professional development each
 * approach calls for, so a chosen approach shows up in the leader's development plan. From the pages: the
 * two-pronged approach names STEM content and project-based learning, advocacy, action plans and leading adults;
 * internships with researchers and industry; leadership training for classroom models; coaching, mentoring and
 * PLCs in a formal role; coursework and work with STEM professionals to keep learning.
 */
export const APPROACH_SUPPORT_AREAS: Record<ApproachId, readonly string[]> = {
  twoPronged: ['leadership', 'adultLearners', 'innovativeInstruction', 'advocacy'],
  collaboration: ['communityIndustry'],
  leadershipTeam: ['leadership'],
  modelClassroom: ['leadership'],
  definePlan: ['leadership'],
  cultureShift: ['adultLearners'],
  stakeholderValue: ['advocacy'],
  formalRole: ['adultLearners'],
  communityResources: ['communityIndustry'],
  keepLearning: ['innovativeInstruction'],
};

/**
 * The approaches a plan has taken up: the elementary ones the team ticked in step 4 (where the plan has elementary
 * grades), and every integrated-STEM recommendation when step 4 chose or is exploring integrated STEM.
 */
export function chosenApproaches(
  schoolLevel: string | undefined,
  integratedStem: string | undefined,
  elementaryChoices: unknown,
): ApproachRecommendation[] {
  const ticked = Array.isArray(elementaryChoices) ? elementaryChoices : [];
  return applicableApproaches(schoolLevel, integratedStem).flatMap((group) =>
    group.id === 'elementary' ? group.recommendations.filter((r) => ticked.includes(r.id)) : group.recommendations,
  );
}

