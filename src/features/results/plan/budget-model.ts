/**
 * Budget arithmetic for the plan's three years: totals per year and per funding source, and how much of the
 * teacher leader position recurring district funds pay by year 3 (step 5: moving a grant-funded position to a
 * recurring source helps it last). Pure; wording comes from the catalogs in the language on screen.
 */
import { formatNumber } from '../../../i18n/format';
import { messagesOf } from '../../../i18n/i18n';
import {
  BUDGET_SOURCES,
  type BudgetLine,
  type BudgetSource,
} from '../../../store/plan-parts.schema';
import { budgetMessages } from './plan-parts.messages';

/**
 * The app is for US school and district leaders, so amounts are US dollars in both English and Spanish;
 * only the number format follows the language (en-US, es-US).
 */
export const PLAN_CURRENCY = 'USD';

export type YearTotals = [number, number, number];

/** Sums in cents, so 0.1 + 0.2 prints as 0.30, not 0.30000000000000004. */
const addCents = (a: number, b: number | null) => Math.round(a * 100 + (b ?? 0) * 100) / 100;

export function totalsByYear(lines: readonly BudgetLine[]): YearTotals {
  return lines.reduce<YearTotals>(
    (sum, line) => [
      addCents(sum[0], line.amounts[0]),
      addCents(sum[1], line.amounts[1]),
      addCents(sum[2], line.amounts[2]),
    ],
    [0, 0, 0],
  );
}

/** One entry per source that has a line, in the order sources are listed; '' is a line with no source chosen. */
export function totalsBySource(
  lines: readonly BudgetLine[],
): { source: BudgetSource | ''; amounts: YearTotals }[] {
  const order: (BudgetSource | '')[] = [...BUDGET_SOURCES, ''];
  return order.flatMap((source) => {
    const mine = lines.filter((l) => l.source === source);
    return mine.length > 0 ? [{ source, amounts: totalsByYear(mine) }] : [];
  });
}

export interface RecurringShare {
  /** Year-3 cost of the lines marked as paying the teacher leader position. */
  positionTotal: number;
  /** The part of it paid from recurring district funds. */
  recurring: number;
  /** recurring / positionTotal, 0–1; null when no position line has a year-3 amount. */
  share: number | null;
}

export function recurringShareYear3(lines: readonly BudgetLine[]): RecurringShare {
  const position = lines.filter((l) => l.leaderPosition);
  const positionTotal = totalsByYear(position)[2];
  const recurring = totalsByYear(position.filter((l) => l.source === 'recurringDistrict'))[2];
  return { positionTotal, recurring, share: positionTotal > 0 ? recurring / positionTotal : null };
}

export function formatMoney(value: number): string {
  return formatNumber(value, {
    style: 'currency',
    currency: PLAN_CURRENCY,
    minimumFractionDigits: Number.isInteger(value) ? 0 : 2,
    maximumFractionDigits: 2,
  });
}

/** The recurring-share sentence, on screen and in print. */
export function recurringShareSentence(lines: readonly BudgetLine[]): string {
  const t = messagesOf(budgetMessages);
  const { positionTotal, recurring, share } = recurringShareYear3(lines);
  if (share === null)
    return lines.some((l) => l.leaderPosition) ? t.shareNoYear3 : t.shareNoPositionLine;
  const values = {
    percent: formatNumber(share, { style: 'percent', maximumFractionDigits: 0 }),
    recurring: formatMoney(recurring),
    total: formatMoney(positionTotal),
  };
  return share >= 1 ? t.shareAll(values) : t.sharePart(values);
}
