/**
 * Sample participants' plan files for tests and the bench (not part of the app's bundle).
 * Ratings vary by participant and item in a fixed pattern, so results are repeatable.
 */
import { RATINGS, type Rating } from '../../../content/levels';
import { serializePlanFile } from '../../../store/plan-file-format';
import { STEP_IDS, stepContent, type StageId } from '../../../stages/stage-list';
import type { PersistedState } from '../../../store/persist-keys';

const SCHOOLS = ['Lincoln High School', 'Maple Elementary', 'Riverside Middle School', 'Oak District', 'Cedar K-8 Academy'];

export function sampleRating(participant: number, itemIndex: number): Rating {
  // A small multiplicative hash: spread over all five answers, different per participant.
  return RATINGS[(participant * 7 + itemIndex * 3 + ((participant * itemIndex) % 4)) % RATINGS.length]!;
}

/** A fixed id per sample participant, so the same sample is the same person every time. */
export const sampleParticipantId = (participant: number): string =>
  `00000000-0000-4000-8000-${String(participant + 1).padStart(12, '0')}`;

export function sampleParticipantState(participant: number): PersistedState {
  let itemIndex = 0;
  const steps = Object.fromEntries(
    STEP_IDS.map((id) => [
      id,
      { ratings: Object.fromEntries(stepContent(id).items.map((item) => [item.id, { level: sampleRating(participant, itemIndex++), notes: '' }])) },
    ]),
  );
  return {
    mode: 'quick',
    profile: {
      orgName: `${SCHOOLS[participant % SCHOOLS.length]} ${participant + 1}`,
      orgType: 'school',
      level: 'high',
      respondentRole: 'Teacher',
      participantName: `Participant ${participant + 1}`,
      participantGroup: `Table ${(participant % 3) + 1}`,
      team: `Team ${participant + 1}`,
      date: '2026-11-23',
    },
    steps: steps as PersistedState['steps'],
    completed: ['profile', ...STEP_IDS] satisfies StageId[],
    drafts: {},
    view: { name: 'review' },
    plan: { actions: [], dismissedGaps: [], decisionOverride: null, jobDescription: null },
    snapshots: [],
    baseline: null,
    room: { name: '', participants: [], consensus: {} },
    participantId: sampleParticipantId(participant),
  };
}

export function sampleParticipantFiles(count: number, now = new Date('2026-11-23T10:00:00Z')): { fileName: string; text: string }[] {
  return Array.from({ length: count }, (_, i) => ({
    fileName: `participant-${String(i + 1).padStart(2, '0')}.json`,
    text: serializePlanFile(sampleParticipantState(i), now),
  }));
}
