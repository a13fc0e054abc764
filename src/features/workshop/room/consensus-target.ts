/** Where an item's consensus choice is on the page, so the room's other parts can lead to it. */
import type { ItemSpread } from '../../../scoring/room-combine';

/** The id of an item's consensus choice, for links that lead to it. */
export const consensusId = (item: Pick<ItemSpread, 'stepId' | 'itemId'>) => `consensus-${item.stepId}-${item.itemId}`;

/** Focus an item's consensus choice: its chosen level, else its first (as Tab into a radio group would). */
export function focusConsensus(item: Pick<ItemSpread, 'stepId' | 'itemId'>): void {
  const group = document.getElementById(consensusId(item));
  const radio = group?.querySelector<HTMLInputElement>('input:checked') ?? group?.querySelector<HTMLInputElement>('input');
  radio?.focus();
  group?.scrollIntoView?.({ block: 'center' });
}
