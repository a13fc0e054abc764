/**
 * The plain data the PDF builder takes: every string already worded for print (in the language active at
 * export), no store, no React. Dates stay ISO; the builder formats them.
 * The results/plan code maps the assessment into this; the facilitator's report can build one too.
 */
import type { Level } from '../content/levels';

export interface PlanDocumentData {
  /** A quick readiness check prints a shorter readiness report. */
  kind: 'full' | 'quick';
  /** ISO timestamp of export. */
  generatedAt: string;
  profile: {
    orgName: string;
    orgTypeLabel: string;
    levelLabel: string;
    respondentRole: string;
    team: string;
    /** The assessment date the user entered, ISO yyyy-mm-dd. */
    date: string;
  };
  overall: { level: Level | null; levelLabel: string; explanation: string };
  decision: {
    /** The decision's id ('go', 'adapt', …), for readers that need more than the label. */
    value: string;
    label: string;
    reasons: string[];
    /** Present when the team overrode the app's proposal. */
    override?: { proposedLabel: string; reason: string };
  };
  /** One per step, in order 1–7. `level` is null when there were too few ratings to judge. */
  stepScores: {
    number: number;
    title: string;
    level: Level | null;
    levelLabel: string;
    ratedCount: number;
    itemCount: number;
    notSureCount: number;
  }[];
  /** The plain-words roll-up rule shown on screen, repeated in print. */
  scoringRule: string;
  topGaps: {
    stepNumber: number;
    stepTitle: string;
    statement: string;
    ratingLabel: string;
    recommendation: string;
    source: string;
  }[];
  steps: {
    number: number;
    title: string;
    purpose: string;
    items: { statement: string; ratingLabel: string; notes: string; source: string }[];
    /** Structured answers, already formatted; "Not provided" where skipped. Empty for a quick check. */
    answers: { label: string; value: string }[];
  }[];
  actions: {
    action: string;
    stepTitle: string;
    owner: string;
    /** ISO yyyy-mm-dd or blank; printed in the language's date format, and `due` orders the next actions. */
    start: string;
    due: string;
    resources: string;
    successMeasure: string;
    status: string;
  }[];
  jobDescription: { heading: string; text: string }[] | null;
  pdPlan: { area: string; currentStrength: string; priority: string; plannedSupport: string; timeline: string }[];
  sustainability: {
    fundingByYear: { year: string; source: string; note: string }[];
    transition: string;
    elementsToSustain: string;
    partners: string;
  } | null;
  /** Elementary and integrated-STEM recommendations, when they apply. */
  approaches: { heading: string; points: string[] }[];
  sources: { title: string; pages: string[]; stateResources: string[] };
}
