import { formatNumber } from '../../i18n/format';
import type { BudgetDocument } from '../plan-document';

/** "$78,000" / "78.000 US$", whole units: a board reads budgets to the dollar. */
export function money(budget: Pick<BudgetDocument, 'currency'>, amount: number | null): string {
  if (amount === null) return '—';
  try {
    return formatNumber(amount, { style: 'currency', currency: budget.currency, maximumFractionDigits: 0 });
  } catch {
    return formatNumber(amount, { maximumFractionDigits: 0 });
  }
}
