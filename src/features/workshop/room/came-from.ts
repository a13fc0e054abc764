/**
 * Where the facilitator came from, for the room's way back. Registered when the room's chunk loads, which
 * is always before the room is shown (screens load before the view changes, see store/navigation.ts).
 */
import { useAppStore } from '../../../store/app-store';
import type { View } from '../../../store/navigation-slice';

let cameFrom: View | null = null;

useAppStore.subscribe((state, previous) => {
  if (state.view !== previous.view && state.view.name === 'room' && previous.view.name !== 'room') cameFrom = previous.view;
});

/** The screen before the room, or null when the room was opened directly (an address, a reload). */
export const roomCameFrom = (): View | null => cameFrom;
