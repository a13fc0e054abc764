import type { StateCreator } from 'zustand';
import type { ProfileAnswers } from '../stages/profile/profile.schema';
import type { Mode, StageId, StepAnswers, StepId } from '../stages/stage-list';
import type { AppState } from './app-store';

/** What the user has submitted. A quick check stores only ratings, so every step is partial. */
export type SavedSteps = { [S in StepId]?: Partial<StepAnswers<S>> };

export interface AnswersData {
  mode: Mode | null;
  profile: ProfileAnswers | null;
  steps: SavedSteps;
  /** Stages whose latest submit passed validation for the mode it was made in. */
  completed: StageId[];
  /**
   * A random id for the person answering, written into every file they save so a workshop room can tell
   * an updated file from the same person apart from a different person with the same name. Made on the
   * first save; null until then.
   */
  participantId: string | null;
}

export interface AnswersSlice extends AnswersData {
  chooseMode: (mode: Mode) => void;
  saveProfile: (answers: ProfileAnswers) => void;
  /** Merge, so a quick check's ratings never wipe out a full plan's other answers. */
  saveStep: <S extends StepId>(id: S, answers: Partial<StepAnswers<S>>) => void;
  /** The participant id, made now if there is none yet. */
  ensureParticipantId: () => string;
}

export const initialAnswers: AnswersData = { mode: null, profile: null, steps: {}, completed: [], participantId: null };

const markCompleted = (completed: StageId[], id: StageId) =>
  completed.includes(id) ? completed : [...completed, id];

export const createAnswersSlice: StateCreator<AppState, [], [], AnswersSlice> = (set, get) => ({
  ...initialAnswers,
  chooseMode: (mode) => set({ mode }),
  saveProfile: (answers) =>
    set((s) => ({ profile: answers, completed: markCompleted(s.completed, 'profile') })),
  saveStep: (id, answers) =>
    set((s) => ({
      steps: { ...s.steps, [id]: { ...s.steps[id], ...answers } },
      completed: markCompleted(s.completed, id),
    })),
  ensureParticipantId: () => {
    const existing = get().participantId;
    if (existing) return existing;
    const id = crypto.randomUUID();
    set({ participantId: id });
    return id;
  },
});
