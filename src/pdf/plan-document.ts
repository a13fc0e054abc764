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
    /** The team's action row that closes this gap, when it accepted one; the board summary prints it. */
    plannedAction?: { action: string; owner: string; due: string };
  }[];
  steps: {
    number: number;
    title: string;
    purpose: string;
    items: { statement: string; ratingLabel: string; notes: string; source: string }[];
    /** Structured answers, already formatted; "Not provided" where skipped. Empty for a quick check. */
    answers: {
      label: string;
      value: string;
      /**
       * Set when the answer is printed in full in another part of the plan (the draft job description, the PD
       * plan, the sustainability summary), so the full plan does not print it twice. Optional (issue 12).
       */
      printedIn?: 'jobDescription' | 'pdPlan' | 'sustainability';
    }[];
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
    /** The evaluation plan's indicators, worded, as the evidence for deciding what to sustain (issue 12 §2). */
    evidence?: string[];
    partners: string;
  } | null;
  /** Elementary and integrated-STEM recommendations, when they apply. */
  approaches: { heading: string; points: string[] }[];
  sources: { title: string; pages: string[]; stateResources: string[] };
  /** The parts of the plan a board asks about first (issue 12 §2). Absent or empty when the team left them out. */
  budget?: BudgetDocument | null;
  timeline?: TimelineDocument | null;
  evaluation?: EvaluationRowDocument[];
  communication?: CommunicationRowDocument[];
  roleDesign?: RoleDesignDocument | null;
  /** Present on a reassessment: what changed since the baseline snapshot (issue 14). */
  progress?: ProgressDocument | null;
}

/** Three years of costs. Amounts are plain numbers in `currency`; the builder formats them for the language. */
export interface BudgetDocument {
  /** ISO 4217 code, e.g. "USD". */
  currency: string;
  /** "Year 1", "Year 2", "Year 3" (or the school years the team named), worded. */
  yearLabels: [string, string, string];
  lines: {
    item: string;
    categoryLabel: string;
    sourceLabel: string;
    /** "One-off" or "Recurring", worded. */
    recurrenceLabel: string;
    amounts: [number | null, number | null, number | null];
  }[];
  totalsByYear: [number, number, number];
  totalsBySource: { sourceLabel: string; amounts: [number, number, number] }[];
  /** One worded sentence on how much of the teacher leader position recurring funds pay by year 3; '' when unknown. */
  recurringShareNote: string;
}

/** Milestones and action rows on one time axis. Dates are ISO yyyy-mm-dd or blank; the builder formats them. */
export interface TimelineDocument {
  /** Ordered by date, undated entries last. */
  entries: {
    kind: 'milestone' | 'action';
    label: string;
    owner: string;
    /** For actions with a start date; blank for milestones. */
    start: string;
    /** The milestone's date or the action's due date. */
    date: string;
    statusLabel: string;
  }[];
}

/** How the team will know the program works, one row per benefit it chose as a priority. reviewDate is ISO or blank. */
export interface EvaluationRowDocument {
  benefit: string;
  indicator: string;
  dataSource: string;
  baseline: string;
  target: string;
  reviewDate: string;
}

/** Who is told what, how, by whom and when. `when` is ISO or blank. */
export interface CommunicationRowDocument {
  audience: string;
  message: string;
  channel: string;
  owner: string;
  when: string;
}

/** The role's design as recorded (never prescribed), with contradictions spelled out in words. */
export interface RoleDesignDocument {
  answers: { label: string; value: string }[];
  warnings: string[];
}

/** Baseline against now, per step and overall, worded. sinceDate is ISO. */
export interface ProgressDocument {
  sinceDate: string;
  /** "3 steps moved up, 1 moved down; 4 gaps closed, 1 new gap; 5 of 9 actions done." */
  summary: string;
  overall: { baselineLevel: Level | null; currentLevel: Level | null; baselineLabel: string; currentLabel: string };
  steps: {
    number: number;
    title: string;
    baselineLevel: Level | null;
    currentLevel: Level | null;
    baselineLabel: string;
    currentLabel: string;
  }[];
  movedItems: { stepTitle: string; statement: string; fromLabel: string; toLabel: string; direction: 'up' | 'down' }[];
  /** Items added or removed between content versions, worded ("New item: …"). */
  notes: string[];
}
