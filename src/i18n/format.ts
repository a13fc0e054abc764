/**
 * Dates, numbers and lists in the active language, from Intl: one format per language everywhere (screen,
 * PDF, file names never use these). A date the user entered (yyyy-mm-dd) is a calendar day, so it is shown in
 * UTC and never shifts by a day across time zones.
 */
import { currentLocaleTag } from './locale';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "March 5, 2026" / "5 de marzo de 2026". Returns the input unchanged when it is not a date. */
export function formatDay(value: string | Date): string {
  const date = typeof value === 'string' ? parseDay(value) : value;
  if (!date || Number.isNaN(date.getTime())) return typeof value === 'string' ? value : '';
  const timeZone = typeof value === 'string' && ISO_DAY.test(value) ? 'UTC' : undefined;
  return new Intl.DateTimeFormat(currentLocaleTag(), { dateStyle: 'long', timeZone }).format(date);
}

function parseDay(value: string): Date | null {
  const match = ISO_DAY.exec(value);
  if (match) return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "3:05 PM" / "15:05". */
export function formatTime(value: number | Date): string {
  return new Intl.DateTimeFormat(currentLocaleTag(), { hour: 'numeric', minute: '2-digit' }).format(value);
}

/** "2,000" / "2000" (Spanish groups only from five digits), per CLDR. */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(currentLocaleTag(), options).format(value);
}

/** "a, b and c" / "a, b y c". */
export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat(currentLocaleTag(), { style: 'long', type: 'conjunction' }).format(items);
}
