/**
 * Dates, numbers and lists in the active language, from Intl: one format per language everywhere (screen,
 * PDF, file names never use these). A date the user entered (yyyy-mm-dd) is a calendar day, so it is shown in
 * UTC and never shifts by a day across time zones.
 */
import { currentLocaleTag } from './locale';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Intl formatters are costly to make (a profile of opening the first form at 4× CPU throttling showed them
 * among the top script costs: every character counter made its own), so each is made once per language
 * and options.
 */
const formatterKey = (kind: string, options: object | undefined) =>
  `${kind}|${currentLocaleTag()}|${JSON.stringify(options ?? {})}`;
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>(
  kind: string,
  options: object | undefined,
  make: (locale: string) => T,
): T {
  const locale = currentLocaleTag();
  const key = formatterKey(kind, options);
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = make(locale);
    formatters.set(key, formatter);
  }
  return formatter;
}

/** "March 5, 2026" / "5 de marzo de 2026". Returns the input unchanged when it is not a date. */
export function formatDay(value: string | Date): string {
  const date = typeof value === 'string' ? parseDay(value) : value;
  if (!date || Number.isNaN(date.getTime())) return typeof value === 'string' ? value : '';
  const timeZone = typeof value === 'string' && ISO_DAY.test(value) ? 'UTC' : undefined;
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeZone };
  return cached('day', options, (locale) => new Intl.DateTimeFormat(locale, options)).format(date);
}

function parseDay(value: string): Date | null {
  const match = ISO_DAY.exec(value);
  if (match) return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

const TIME_OPTIONS: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };

/** "3:05 PM" / "15:05". */
export function formatTime(value: number | Date): string {
  return cached('time', TIME_OPTIONS, (locale) => new Intl.DateTimeFormat(locale, TIME_OPTIONS)).format(value);
}

/**
 * Whether formatTime is ready without making its formatter. The first date formatter of a page loads the
 * locale's calendar data: on a cold start a CPU profile showed 350 ms at 4× throttling in the header's "Saved
 * 4:05 PM", in the frame that draws the first form. The header shows "Saved" until the formatter is made at
 * idle (docs/decisions/0012-first-paint-and-first-field.md).
 */
export function isTimeFormatReady(): boolean {
  return formatters.has(formatterKey('time', TIME_OPTIONS));
}

/** Makes the formatters the screens use, so that none is made while a screen is drawn; call when idle. */
export function warmFormatters(): void {
  formatTime(0);
  formatDay('2026-01-01');
  formatNumber(1000);
}

const groupThousands = (value: number) => String(value).replace(/\B(?=(\d{3})+$)/g, ',');

/** "2,000" in both languages (US Spanish groups like US English), per CLDR. */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  // The first Intl formatter of a page loads the locale data: a trace of the cold start page at 4× CPU
  // throttling showed 225 ms in it, to print "7", and the first form's "2,000 characters left" paid it again.
  // Both languages (en-US, es-US) write whole numbers as digits grouped by threes with commas, so those skip
  // Intl; format.test.ts holds this equal to Intl (docs/decisions/0012-first-paint-and-first-field.md).
  if (options === undefined && Number.isSafeInteger(value) && value >= 0) return groupThousands(value);
  return cached('number', options, (locale) => new Intl.NumberFormat(locale, options)).format(
    value,
  );
}

/** "a, b and c" / "a, b y c". */
export function formatList(items: readonly string[]): string {
  const options: Intl.ListFormatOptions = { style: 'long', type: 'conjunction' };
  return cached('list', options, (locale) => new Intl.ListFormat(locale, options)).format(items);
}
