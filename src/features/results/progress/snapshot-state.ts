/** A snapshot's answers as a whole assessment: to export it as a PDF or a plan file, exactly as it was. */
import type { PersistedState } from '../../../store/persist-keys';
import type { Snapshot } from '../../../store/snapshot-types';
import { emptyRoom } from '../../../store/room-slice';

export function snapshotState(snapshot: Snapshot): PersistedState {
  return {
    mode: snapshot.mode,
    profile: snapshot.answers.profile,
    steps: snapshot.answers.steps,
    completed: snapshot.answers.completed,
    participantId: null,
    drafts: {},
    view: { name: 'start' },
    plan: snapshot.answers.plan,
    room: emptyRoom(),
    snapshots: [],
    baseline: null,
  };
}
