import type { StateCreator } from 'zustand';
import type { StageId, StepId } from '../stages/stage-order';
import type { AppState } from './app-store';

export type View =
  | { name: 'start' }
  | { name: 'stage'; stage: StageId; returnToReview?: boolean }
  | { name: 'review' }
  | { name: 'results' }
  | { name: 'plan' }
  /** Workshop screens (issue 6). `returnTo` is the wizard stage the presentation was opened from, if any. */
  | { name: 'presentation'; step: StepId; returnTo?: StageId }
  | { name: 'worksheets' }
  /** The facilitator's room: participants' files combined, consensus recorded. */
  | { name: 'room' }
  /** The room on a projector: one step's items at a time, most disputed first, consensus by keyboard. */
  | { name: 'room-present'; step: StepId }
  /** What the app keeps and where: a screen of its own, linked from every page's footer. */
  | { name: 'privacy' }
  /** A reassessment against its baseline (issue 14). */
  | { name: 'progress' }
  /** One past snapshot, read-only, by its id. */
  | { name: 'snapshot'; id: string };

export interface NavigationData {
  view: View;
}

export interface NavigationSlice extends NavigationData {
  goTo: (view: View) => void;
}

export const initialNavigation: NavigationData = { view: { name: 'start' } };

export const createNavigationSlice: StateCreator<AppState, [], [], NavigationSlice> = (set) => ({
  ...initialNavigation,
  goTo: (view) => set({ view }),
});
