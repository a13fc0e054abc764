/**
 * Where the facilitator came from, for each workshop screen's way back. Registered when a workshop chunk
 * loads, which is always before its screen is shown (screens load before the view changes, see
 * store/navigation.ts). Screens opened directly (an address, a reload) have no previous screen.
 */
import { useAppStore } from '../../store/app-store';
import type { View } from '../../store/navigation-slice';

export type WorkshopScreen = 'presentation' | 'worksheets' | 'room' | 'room-present';
const WORKSHOP_SCREENS: ReadonlySet<string> = new Set<WorkshopScreen>(['presentation', 'worksheets', 'room', 'room-present']);

const cameFrom = new Map<string, View>();

useAppStore.subscribe((state, previous) => {
  const next = state.view;
  const before = previous.view;
  if (next === before || next.name === before.name || !WORKSHOP_SCREENS.has(next.name)) return;
  // Coming back from a screen opened from here (the room's projector view back to the room): the way
  // back stays where it was, rather than pointing at the screen just left.
  if (cameFrom.get(before.name)?.name === next.name) return;
  cameFrom.set(next.name, before);
});

/** The screen before this workshop screen, or null when it was opened directly. */
export const cameFromFor = (screen: WorkshopScreen): View | null => cameFrom.get(screen) ?? null;
