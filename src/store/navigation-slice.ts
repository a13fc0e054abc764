import type { StateCreator } from 'zustand';
import type { StageId } from '../stages/stage-list';
import type { AppState } from './app-store';

export type View =
  | { name: 'start' }
  | { name: 'stage'; stage: StageId; returnToReview?: boolean }
  | { name: 'review' }
  | { name: 'results' }
  | { name: 'plan' }
  | { name: 'room' };

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
