/** Small wording helpers shared by the sections. */
import { formatDay } from '../i18n/format';
import { messagesOf } from '../i18n/i18n';
import type { PlanDocumentData } from './plan-document';
import { pdfPlanMessages } from './pdf.messages';

export function planTitle(kind: PlanDocumentData['kind']): string {
  return messagesOf(pdfPlanMessages).title[kind];
}

/**
 * "2026-11-23" → "November 23, 2026" (or "23 de noviembre de 2026"): the app's one date format per language
 * (src/i18n/format.ts). A date-time is shown as the day it is where the PDF is made; anything else is
 * printed as given.
 */
export function longDate(isoDate: string): string {
  return formatDay(isoDate);
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
