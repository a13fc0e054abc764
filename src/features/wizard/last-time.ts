/** "Last time: Developing" beside an item's choices during a reassessment (issue 14). */
import { ratingLabel } from '../../content/levels';
import { useMessages } from '../../i18n/i18n';
import { useAppStore } from '../../store/app-store';
import { reassessMessages } from '../../store/reassess.messages';

/**
 * The baseline's rating of an item, worded, or undefined outside a reassessment. Looked up by item id alone:
 * item ids are unique across the seven steps (the form's field names rely on the same).
 */
export function useLastTime(itemId: string): string | undefined {
  const t = useMessages(reassessMessages);
  const rating = useAppStore((s) => {
    const ratings = s.baseline?.snapshot.ratings;
    if (!ratings) return undefined;
    for (const items of Object.values(ratings)) if (Object.hasOwn(items, itemId)) return items[itemId];
    return undefined;
  });
  if (!rating) return undefined;
  const level = t.lastTime({ level: ratingLabel(rating.level) });
  return rating.notes ? t.lastTimeNotes({ lastTime: level, notes: rating.notes }) : level;
}
