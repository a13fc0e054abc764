/**
 * Plan data for tests and the bench script: a realistic plan, and one with every field at its limit.
 * Built from the stage content so step titles, statements and question labels match the app.
 */
import { LEVEL_LABELS, LEVELS, type Level, type Rating } from '../content/levels';
import { SEED_PAGES, SOURCE_TITLE, sourceLabel } from '../content/sources';
import type { Question } from '../content/types';
import { STEP_IDS, stepContent } from '../stages/stage-list';
import { PROFILE_LIMITS } from '../stages/profile/profile.content';
import { NOTES_MAX } from '../stages/schema-helpers';
import { SUPPORT_AREAS, SUPPORT_LIMITS } from '../stages/support/support.content';
import { SUSTAINABILITY_LIMITS } from '../stages/sustainability/sustainability.content';
import type { PlanDocumentData } from './plan-document';

export const UNICODE_SAMPLE = 'Nguyễn Thị Ánh — “Ñandú” Ωμέγα Привет';

/** A 300-character URL with no spaces, the worst case for line wrapping. */
export const LONG_URL = `https://example.org/${'stem-teacher-leadership/'.repeat(12)}`.padEnd(300, 'x');

/**
 * Action-plan field limits. The action-plan stage is not in the repo yet; these are the sizes the
 * max-length fixture assumes, generous on purpose.
 */
export const ACTION_LIMITS = { action: 300, owner: 120, resources: 500, successMeasure: 500, count: 40 } as const;

const SENTENCES = [
  'Teachers in grades three to five asked for more time to plan integrated units together.',
  'The science department already runs a lesson study cycle that a teacher leader could build on.',
  'Two local employers have offered summer externships for teachers.',
  'Our bell schedule leaves no common planning period for mathematics and science teachers.',
  'Survey results show strong interest in project-based learning but little confidence in assessing it.',
];

/** Realistic prose cut to exactly `length` characters, with a paragraph break now and then. */
function prose(length: number, seed = 0): string {
  let out = '';
  let i = seed;
  while (out.length < length) {
    out += SENTENCES[i % SENTENCES.length] + (i % 4 === 3 ? '\n\n' : ' ');
    i++;
  }
  return out.slice(0, length);
}

/** Prose of about `length` characters that ends at a full sentence, for the realistic sample. */
function sentences(length: number, seed = 0): string {
  const text = prose(length + 120, seed);
  const end = text.lastIndexOf('.', length);
  return (end > 0 ? text.slice(0, end + 1) : text.slice(0, length)).trim();
}

const stepRatings: Record<number, Rating[]> = {
  1: ['prepared', 'developing', 'prepared', 'model', 'developing'],
  2: ['developing', 'prepared', 'early', 'developing', 'developing'],
  3: ['prepared', 'prepared', 'unsure', 'model'],
  4: ['developing', 'early', 'developing', 'early', 'early', 'developing'],
  5: ['early', 'early', 'developing', 'unsure', 'early'],
  6: ['prepared', 'developing', 'developing', 'prepared', 'prepared'],
  7: ['developing', 'prepared', 'developing', 'early', 'developing', 'developing'],
};

function sampleAnswer(question: Question): string {
  switch (question.kind) {
    case 'text':
      return 'STEM coordinator, reporting to the assistant superintendent';
    case 'longText':
      return sentences(Math.min(question.maxLength, 420), question.name.length);
    case 'date':
      return 'March 2, 2027';
    case 'radio':
    case 'select':
      return question.options[0]?.label ?? 'Not provided';
    case 'checkboxes':
      return question.options
        .slice(0, 2)
        .map((o) => o.label)
        .join('; ');
    case 'grid':
      return 'See the table in this plan.';
  }
}

function maxAnswer(question: Question, index: number): string {
  switch (question.kind) {
    case 'text':
      return prose(question.maxLength, index);
    case 'longText':
      // One answer per step carries the unbreakable URL, so the wrap is tested on every step.
      return index === 0
        ? `${LONG_URL} ${prose(question.maxLength - LONG_URL.length - 1, index)}`
        : prose(question.maxLength, index);
    case 'date':
      return 'September 30, 2027';
    case 'radio':
    case 'select':
      return question.options.reduce((a, b) => (b.label.length > a.length ? b.label : a), '');
    case 'checkboxes':
      return question.options.map((o) => o.label).join('; ');
    case 'grid':
      return 'See the table in this plan.';
  }
}

function levelOf(ratings: Rating[]): Level | null {
  const rated = ratings.filter((r): r is Level => r !== 'unsure');
  if (rated.length < Math.ceil(ratings.length / 2)) return null;
  const mean = rated.reduce((sum, r) => sum + LEVELS.indexOf(r), 0) / rated.length;
  return LEVELS[Math.floor(mean)] ?? null;
}

const STATUSES = ['Not started', 'In progress', 'Done'];
const OWNERS = ['Principal', 'STEM coordinator', 'Assistant superintendent', 'Science department chair'];

function buildPlan(max: boolean): PlanDocumentData {
  const steps = STEP_IDS.map((id, stepIndex) => {
    const content = stepContent(id);
    const ratings = stepRatings[content.number] ?? [];
    return {
      number: content.number,
      title: content.title,
      purpose: content.purpose,
      items: content.items.map((item, i) => {
        const rating = ratings[i] ?? 'unsure';
        return {
          statement: item.statement,
          ratingLabel: LEVEL_LABELS[rating],
          notes: max
            ? prose(NOTES_MAX, i)
            : i % 2 === 0
              ? 'Based on the spring staff survey and the department chairs’ meeting notes.'
              : '',
          source: sourceLabel(item.source),
        };
      }),
      answers: content.questions
        .filter((q) => q.kind !== 'grid')
        .map((q, i) => ({
          label: q.label,
          value:
            stepIndex === 1 && i === 0 && !max
              ? `Our vision was drafted with families, including ${UNICODE_SAMPLE}, and shared at the autumn open evening.`
              : max
                ? maxAnswer(q, i)
                : i === content.questions.length - 1
                  ? 'Not provided'
                  : sampleAnswer(q),
        })),
    };
  });

  const stepScores = steps.map((step) => {
    const ratings = stepRatings[step.number] ?? [];
    const level = levelOf(ratings);
    return {
      number: step.number,
      title: step.title,
      level,
      levelLabel: level ? LEVEL_LABELS[level] : 'Not enough ratings to judge',
      ratedCount: ratings.filter((r) => r !== 'unsure').length,
      itemCount: step.items.length,
      notSureCount: ratings.filter((r) => r === 'unsure').length,
    };
  });

  const actionCount = max ? ACTION_LIMITS.count : 9;
  const actions = Array.from({ length: actionCount }, (_, i) => {
    const step = steps[i % steps.length]!;
    const month = (i % 12) + 1;
    return {
      action: max
        ? `Action ${i + 1}: ${prose(ACTION_LIMITS.action - 12 - String(i + 1).length, i)}`
        : [
            'Run a staff survey on STEM resources and expertise',
            'Hold a vision workshop with families and partners',
            'Visit two schools with established STEM teacher leaders',
            'Draft the teacher leader model and share it for comment',
            'Write a three-year funding plan with the business office',
            'Post the STEM teacher leader position',
            'Enrol the new leader in a coaching course',
            'Set up monthly collaboration time in the schedule',
            'Present progress to the school board',
          ][i]!,
      stepTitle: step.title,
      owner: max ? prose(ACTION_LIMITS.owner, i + 1) : OWNERS[i % OWNERS.length]!,
      start: `2027-${String(month).padStart(2, '0')}-01`,
      due: `2027-${String(month).padStart(2, '0')}-${String(20 + (i % 8)).padStart(2, '0')}`,
      resources: max ? prose(ACTION_LIMITS.resources, i + 2) : 'Two release days; survey platform',
      successMeasure: max
        ? i === 0
          ? `${LONG_URL} ${prose(ACTION_LIMITS.successMeasure - LONG_URL.length - 1, i)}`
          : prose(ACTION_LIMITS.successMeasure, i + 3)
        : 'At least 80% of staff respond',
      status: STATUSES[i % STATUSES.length]!,
    };
  });
  // The sample lists actions out of due-date order so "next three" has to sort.
  if (!max) actions.reverse();

  const gapItems = steps
    .flatMap((step) => step.items.map((item) => ({ step, item })))
    .filter(({ item }) => item.ratingLabel === 'Early')
    .slice(0, 3);

  return {
    kind: 'full',
    generatedAt: '2026-11-23T10:30:00.000Z',
    profile: {
      orgName: max ? prose(PROFILE_LIMITS.orgName, 2) : 'Riverside Unified School District',
      orgTypeLabel: 'A district',
      levelLabel: 'K–12',
      respondentRole: max ? prose(PROFILE_LIMITS.respondentRole, 3) : 'Assistant superintendent for instruction',
      team: max
        ? prose(PROFILE_LIMITS.team, 4)
        : `Dana Ortiz, principal\nSam Lee, science chair\n${UNICODE_SAMPLE}, parent representative`,
      date: '2026-11-23',
    },
    overall: {
      level: 'developing',
      levelLabel: 'Developing',
      explanation:
        'Most steps are under way, but sustainability and the design of the role need work before launch.',
    },
    decision: {
      value: 'adapt',
      label: 'Adapt: go ahead after closing the key gaps',
      reasons: [
        'Needs and vision are well understood and shared.',
        'There is no plan yet for funding the role beyond the first grant year.',
        'Collaboration time is not built into the schedule.',
      ],
      override: {
        proposedLabel: 'Pause: build the foundations first',
        reason: max
          ? prose(1000, 5)
          : 'The board has already committed year-one funding, so we will adapt rather than pause.',
      },
    },
    stepScores,
    scoringRule:
      'Each item is rated Early (1), Developing (2), Prepared (3) or Model (4). A step’s level is the average of its rated items, rounded down; “Not sure yet” is left out. A step with fewer than half its items rated is not judged. The overall level is the lowest step level, so one weak step is not hidden by strong ones.',
    topGaps: gapItems.map(({ step, item }) => ({
      stepNumber: step.number,
      stepTitle: step.title,
      statement: item.statement,
      ratingLabel: item.ratingLabel,
      recommendation: stepContent(STEP_IDS[step.number - 1]!).items.find((i) => i.statement === item.statement)!
        .recommendation,
      source: item.source,
    })),
    steps,
    actions,
    jobDescription: [
      { heading: 'Purpose of the role', text: max ? prose(2000, 1) : sentences(300, 1) },
      { heading: 'Responsibilities', text: max ? prose(2000, 2) : sentences(380, 2) },
      { heading: 'Competencies', text: max ? prose(2000, 3) : sentences(260, 3) },
      { heading: 'Reports to', text: max ? prose(200, 4) : 'Assistant superintendent for instruction' },
      { heading: 'How the role is evaluated', text: max ? prose(1500, 0) : sentences(200, 0) },
    ],
    pdPlan: SUPPORT_AREAS.map((area, i) => ({
      area: area.label,
      currentStrength: LEVEL_LABELS[LEVELS[i % 4]!],
      priority: ['High', 'Medium', 'Low'][i % 3]!,
      plannedSupport: max ? prose(SUPPORT_LIMITS.plannedSupport, i) : sentences(140, i),
      timeline: max ? prose(SUPPORT_LIMITS.timeline, i) : 'Autumn term 2027',
    })),
    sustainability: {
      fundingByYear: [
        { year: 'Year 1', source: 'Grant', note: max ? prose(SUSTAINABILITY_LIMITS.fundingNote, 1) : 'State STEM grant, confirmed.' },
        { year: 'Year 2', source: 'Mix of sources', note: max ? prose(SUSTAINABILITY_LIMITS.fundingNote, 2) : 'Half grant, half general fund.' },
        { year: 'Year 3', source: 'Recurring budget', note: max ? prose(SUSTAINABILITY_LIMITS.fundingNote, 3) : '' },
      ],
      transition: max ? prose(SUSTAINABILITY_LIMITS.transition, 1) : sentences(300, 1),
      elementsToSustain: max ? prose(SUSTAINABILITY_LIMITS.elements, 2) : sentences(200, 2),
      partners: max ? prose(SUSTAINABILITY_LIMITS.partners, 3) : 'Riverside Community College; Acme Robotics',
    },
    approaches: [
      {
        heading: 'Integrated STEM',
        points: [
          'Let teacher leaders help define what integrated STEM means here, and write it into the strategic plan.',
          'Connect the STEM subjects with each other and with the humanities through shared projects.',
        ],
      },
    ],
    sources: {
      title: SOURCE_TITLE,
      pages: Object.values(SEED_PAGES),
      stateResources: max
        ? Array.from({ length: 8 }, (_, i) => (i === 0 ? LONG_URL : prose(200, i)))
        : ['North Carolina STEM attribute implementation rubrics', 'State STEM education strategic plan'],
    },
  };
}

export function samplePlanData(): PlanDocumentData {
  return buildPlan(false);
}

export function maxLengthPlanData(): PlanDocumentData {
  return buildPlan(true);
}

/** The sample as a quick readiness check: ratings only, no plan sections. */
export function sampleQuickData(): PlanDocumentData {
  const full = samplePlanData();
  return {
    ...full,
    kind: 'quick',
    steps: full.steps.map((s) => ({ ...s, answers: [] })),
    actions: [],
    jobDescription: null,
    pdPlan: [],
    sustainability: null,
    approaches: [],
  };
}
