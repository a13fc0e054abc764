/** Maps the store's state into the plain data the PDF builder takes (src/pdf/plan-document.ts). */
import { applicableApproaches } from '../../../content/approaches';
import { ratingLabel, type Rating } from '../../../content/levels';
import { sourcePageText, sourceTitle, sourceLabel, type SeedPageKey } from '../../../content/sources';
import { loadedCatalog, messagesOf } from '../../../i18n/i18n';
import { currentLocale } from '../../../i18n/locale';
import { decisionLabel } from '../../../scoring/decision';
import { gapRuleText } from '../../../scoring/gaps';
import { ruleSummary, levelLabel } from '../../../scoring/readiness';
import { orgTypeOptions, schoolLevelOptions } from '../../../stages/profile/profile.content';
import { stateGuideOptions } from '../../../stages/programming/programming.content';
import { STEP_IDS, stepContent } from '../../../stages/stage-list';
import type { PlanDocumentData } from '../../../pdf/plan-document';
import { formatAnswer, formatRating } from '../../../stages/format-answer';
import { statusLabel } from '../../../store/action-row.schema';
import { visibleQuestions } from '../../../store/form-values';
import {
  jobDescription,
  jobDescriptionBlocks,
  pdPlanRows,
  readiness,
  stepTitleOf,
  sustainabilitySummary,
  type PlanState,
} from './plan-model';
import { planModelMessages } from './plan.messages';
import { planPartsDocument, plannedActionFor, sustainEvidence } from './plan-parts-document';

/** Step answers the full plan prints in full in their own part, so they are not printed twice (issue 12). */
const PRINTED_IN: Record<string, 'jobDescription' | 'pdPlan' | 'sustainability'> = {
  competencies: 'jobDescription',
  responsibilities: 'jobDescription',
  reportsTo: 'jobDescription',
  evaluation: 'jobDescription',
  initialGoals: 'jobDescription',
  pdPlan: 'pdPlan',
  fundingByYear: 'sustainability',
  transition: 'sustainability',
  elementsToSustain: 'sustainability',
  partners: 'sustainability',
};
import { toProgressDocument } from './to-progress-document';
import { localDay } from '../progress/progress-model';

const labelOf = (options: readonly { value: string; label: string }[], value: unknown) =>
  options.find((o) => o.value === value)?.label ?? '';

/** Present only when the team accepted an action for the gap (exactOptionalPropertyTypes: no `undefined`). */
const withPlannedAction = (planned: ReturnType<typeof plannedActionFor>) => (planned ? { plannedAction: planned } : {});

interface Remembered {
  state: PlanState;
  day: string;
  catalog: unknown;
  locale: string;
  data: PlanDocumentData;
}
let remembered: Remembered | undefined;

/**
 * toPlanDocumentData, remembered for the last state: the plan screen words the document as it renders (to list
 * unprintable characters), so the export's click reuses it instead of wording it again on the main thread
 * (issue 15). The store replaces its state object on every change, so the same object means the same answers;
 * the same day, language and catalog give the same words, and only the time stamp is new.
 */
export function planDocumentFor(state: PlanState, now: Date): PlanDocumentData {
  const locale = currentLocale();
  const catalog = loadedCatalog(locale);
  const day = localDay(now);
  let r = remembered;
  if (!r || r.state !== state || r.day !== day || r.locale !== locale || r.catalog !== catalog) {
    r = remembered = { state, day, locale, catalog, data: toPlanDocumentData(state, now) };
  }
  return { ...r.data, generatedAt: now.toISOString() };
}

/** Worded in the language active at export: the PDF is printed in the language on screen. */
export function toPlanDocumentData(state: PlanState, now: Date): PlanDocumentData {
  const t = messagesOf(planModelMessages);
  const kind = state.mode === 'quick' ? 'quick' : 'full';
  const { scores, gaps, proposal, decision } = readiness(state);
  const profile = state.profile;
  const design = (state.steps.design ?? {}) as Record<string, unknown>;
  const approaches = applicableApproaches(profile?.level, design.integratedStem as string | undefined);
  const pages = new Set<SeedPageKey>();

  const steps = STEP_IDS.map((id) => {
    const content = stepContent(id);
    const saved = (state.steps[id] ?? {}) as Record<string, unknown>;
    const ratings = (saved.ratings ?? {}) as Record<string, { level?: Rating | null; notes?: string }>;
    pages.add(content.source);
    return {
      number: content.number,
      title: content.title,
      purpose: content.purpose,
      items: content.items.map((item) => {
        pages.add(item.source);
        return {
          statement: item.statement,
          ratingLabel: formatRating(ratings[item.id]?.level),
          notes: ratings[item.id]?.notes?.trim() ?? '',
          source: sourceLabel(item.source),
        };
      }),
      answers:
        kind === 'quick'
          ? []
          : visibleQuestions(id, 'full', profile?.level, saved).map((q) => {
              pages.add(q.source);
              if (q.hintSource) pages.add(q.hintSource);
              const printedIn = PRINTED_IN[q.name];
              return { label: q.label, value: formatAnswer(q, saved[q.name]), ...(printedIn ? { printedIn } : {}) };
            }),
    };
  });
  approaches.forEach((group) => group.recommendations.forEach((r) => pages.add(r.source)));

  const sustainability = kind === 'full' ? sustainabilitySummary(state) : null;
  const stateGuides = (state.steps.programming?.stateGuides ?? []) as string[];
  const otherGuide = String(state.steps.programming?.stateGuidesOther ?? '').trim();

  return {
    kind,
    generatedAt: now.toISOString(),
    profile: {
      orgName: profile?.orgName ?? '',
      orgTypeLabel: labelOf(orgTypeOptions(), profile?.orgType),
      levelLabel: labelOf(schoolLevelOptions(), profile?.level),
      respondentRole: profile?.respondentRole ?? '',
      team: profile?.team ?? '',
      date: profile?.date ?? '',
    },
    overall: { level: scores.overall, levelLabel: levelLabel(scores.overall), explanation: scores.overallExplanation },
    decision: {
      value: decision.value,
      label: decision.label,
      reasons: proposal.reasons,
      ...(decision.overridden
        ? { override: { proposedLabel: decisionLabel(proposal.value), reason: decision.reason || t.reasonNotGiven } }
        : {}),
    },
    stepScores: scores.steps.map((s) => ({
      number: s.number,
      title: s.title,
      level: s.level,
      levelLabel: levelLabel(s.level),
      ratedCount: s.ratedCount,
      itemCount: s.itemCount,
      notSureCount: s.notSureCount,
    })),
    scoringRule: t.scoringRule({ levelRule: ruleSummary(), gapRule: gapRuleText().join(' ') }),
    topGaps: gaps.map((g) => ({
      stepNumber: g.stepNumber,
      stepTitle: g.stepTitle,
      statement: g.statement,
      ratingLabel: ratingLabel(g.rating),
      recommendation: g.recommendation,
      source: sourceLabel(g.source),
      ...(kind === 'full' ? withPlannedAction(plannedActionFor(state, g.key)) : {}),
    })),
    steps,
    actions:
      kind === 'full'
        ? state.plan.actions.map((a) => ({
            action: a.action,
            stepTitle: stepTitleOf(a.stepId),
            owner: a.owner,
            start: a.start,
            due: a.due,
            resources: a.resources,
            successMeasure: a.successMeasure,
            status: statusLabel(a.status),
          }))
        : [],
    jobDescription: kind === 'full' ? jobDescriptionBlocks(jobDescription(state)) : null,
    pdPlan: kind === 'full' ? pdPlanRows(state) : [],
    sustainability: sustainability
      ? {
          fundingByYear: sustainability.fundingByYear,
          transition: sustainability.transition,
          elementsToSustain: sustainability.elementsToSustain,
          evidence: sustainEvidence(state),
          partners: sustainability.partners,
        }
      : null,
    approaches: approaches.flatMap((group) =>
      group.recommendations.map((r) => ({
        heading: t.approachHeading({ group: group.heading, recommendation: r.heading }),
        points: [...r.points],
      })),
    ),
    // Budget, timeline, evaluation, communication and role design (issue 12 §2): full plans only.
    ...(kind === 'full' ? planPartsDocument(state) : {}),
    sources: {
      title: sourceTitle(),
      pages: [...pages].map((p) => sourcePageText(p)),
      // "Other" is listed by the name the team typed, or left out when they typed none.
      stateResources: stateGuides
        .map((g) => (g === 'other' ? otherGuide : labelOf(stateGuideOptions(), g)))
        .filter(Boolean),
    },
    progress: toProgressDocument(state, now),
  };
}
