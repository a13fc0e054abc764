/**
 * Prints the localStorage entry ({ state, version }) of a saved full plan with every field the user can
 * type at its maximum length:
 * every question, every evidence note, the job description and 40 action rows. `npm run bench` puts
 * it in localStorage to time the worst-case PDF export. Each stage is checked against its own schema,
 * so a schema change that would shorten or drop a field fails here instead of silently shrinking
 * the benchmark.
 *
 * Run: npx tsx scripts/max-length-state.ts > entry.json   (prints { key, value } for localStorage.setItem)
 */
import { RATINGS } from '../src/content/levels';
import type { Question } from '../src/content/types';
import { ACTION_LIMITS, JOB_SECTION_KEYS, STATUS_VALUES } from '../src/store/action-row.schema';
import { PROFILE } from '../src/stages/stage-list';
import { NOTES_MAX } from '../src/stages/schema-helpers';
import { STAGE_IDS, STEP_IDS, stageSchema, stepContent } from '../src/stages/stage-list';
import { PERSIST_VERSION, STORAGE_KEY, sanitizePersistedState } from '../src/store/persisted-state';

const ACTION_ROWS = 40;
const WORDS = 'Teachers asked for common planning time to design integrated units with local partners. ';

/** Prose of exactly `length` characters, varied by `seed`, with non-ASCII text a real team might type. */
function prose(length: number, seed: number): string {
  const start = `Nguyễn Thị Ánh — “Ñandú” ${seed}. `;
  return (start + WORDS.repeat(Math.ceil(length / WORDS.length) + 1)).slice(0, length);
}

function fill(question: Question, seed: number): unknown {
  switch (question.kind) {
    case 'text':
    case 'longText':
      return prose(question.maxLength, seed);
    case 'date':
      return '2027-09-30';
    case 'radio':
    case 'select':
      return question.options[0]?.value ?? '';
    case 'checkboxes':
      return question.options.map((o) => o.value);
    case 'grid':
      return Object.fromEntries(
        question.rows.map((row, r) => [
          row.value,
          Object.fromEntries(question.columns.map((column, c) => [column.name, fill(column as Question, seed + r * 10 + c)])),
        ]),
      );
  }
}

const profile = Object.fromEntries(PROFILE.content.questions.map((q, i) => [q.name, fill(q, i)]));
profile.orgType = 'district';
profile.level = 'k12';

const steps = Object.fromEntries(
  STEP_IDS.map((id, stepIndex) => {
    const content = stepContent(id);
    const answers = Object.fromEntries(content.questions.map((q, i) => [q.name, fill(q, stepIndex * 100 + i)]));
    const ratings = Object.fromEntries(
      content.items.map((item, i) => [item.id, { level: RATINGS[(stepIndex + i) % RATINGS.length], notes: prose(NOTES_MAX, i) }]),
    );
    const parsed = stageSchema(id, 'full').safeParse({ ...answers, ratings });
    if (!parsed.success) throw new Error(`The max-length answers for step ${id} fail its schema: ${parsed.error.message}`);
    return [id, parsed.data];
  }),
);
const profileCheck = stageSchema('profile', 'full').safeParse(profile);
if (!profileCheck.success) throw new Error(`The max-length profile fails its schema: ${profileCheck.error.message}`);

const actions = Array.from({ length: ACTION_ROWS }, (_, i) => ({
  id: `bench-${i}`,
  gapKey: null,
  action: prose(ACTION_LIMITS.action, i),
  stepId: STEP_IDS[i % STEP_IDS.length],
  owner: prose(ACTION_LIMITS.owner, i),
  start: '2027-01-15',
  due: '2027-06-30',
  resources: prose(ACTION_LIMITS.resources, i + 1),
  successMeasure: prose(ACTION_LIMITS.successMeasure, i + 2),
  status: STATUS_VALUES[i % STATUS_VALUES.length] ?? 'notStarted',
}));
const jobDescription = Object.fromEntries(JOB_SECTION_KEYS.map((key, i) => [key, prose(ACTION_LIMITS.jobSection, i)]));

const state = sanitizePersistedState({
  mode: 'full',
  profile: profileCheck.data,
  steps,
  completed: [...STAGE_IDS],
  drafts: {},
  view: { name: 'plan' },
  plan: { actions, dismissedGaps: [], decisionOverride: null, jobDescription },
});
if (state.plan.actions.length !== ACTION_ROWS || state.plan.jobDescription === null || state.profile === null) {
  throw new Error('The saved-data checks dropped part of the max-length plan; update this script.');
}
process.stdout.write(JSON.stringify({ key: STORAGE_KEY, value: JSON.stringify({ state, version: PERSIST_VERSION }) }));
