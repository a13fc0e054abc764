/** Small wording helpers shared by the sections. */
import type { PlanDocumentData } from './plan-document';

export function planTitle(kind: PlanDocumentData['kind']): string {
  return kind === 'quick' ? 'STEM Teacher Leadership Readiness Report' : 'STEM Teacher Leadership Implementation Plan';
}

/** "2026-11-23" → "November 23, 2026"; anything else is printed as given. */
export function longDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** The first `count` actions by due date; dates that do not parse keep their order, after the rest. */
export function nextActions<T extends { due: string }>(actions: readonly T[], count: number): T[] {
  const key = (due: string) => {
    const time = Date.parse(due);
    return Number.isNaN(time) ? Number.POSITIVE_INFINITY : time;
  };
  return actions
    .map((action, index) => ({ action, index, time: key(action.due) }))
    .sort((a, b) => a.time - b.time || a.index - b.index)
    .slice(0, count)
    .map(({ action }) => action);
}
