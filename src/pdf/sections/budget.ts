/** The budget: totals by year and by source for the board, every cost line in the full plan. */
import { messagesOf } from '../../i18n/i18n';
import { pdfBoardMessages } from '../board.messages';
import { COLOR, type PdfWriter } from '../layout';
import type { BudgetDocument, PlanDocumentData } from '../plan-document';
import type { ColumnSpec } from '../table-columns';
import { money } from './budget-money';

const sum = (amounts: readonly (number | null)[]) => amounts.reduce<number>((s, a) => s + (a ?? 0), 0);
const YEAR_COLUMNS: ColumnSpec[] = [
  { weight: 1.3, align: 'right' },
  { weight: 1.3, align: 'right' },
  { weight: 1.3, align: 'right' },
  { weight: 1.4, align: 'right', bold: true },
];

const hasBudget = (data: PlanDocumentData): data is PlanDocumentData & { budget: BudgetDocument } =>
  !!data.budget && data.budget.lines.length > 0;

/** Board summary: one row per funding source, a total row, and the recurring-share sentence. */
export function drawBudgetTotals(w: PdfWriter, data: PlanDocumentData): void {
  const t = messagesOf(pdfBoardMessages);
  if (!hasBudget(data)) {
    w.text(t.budgetNone, { color: COLOR.muted });
    return;
  }
  const { budget } = data;
  const rows = budget.totalsBySource.map((s) => [s.sourceLabel, ...s.amounts.map((a) => money(budget, a)), money(budget, sum(s.amounts))]);
  rows.push([t.totalRow, ...budget.totalsByYear.map((a) => money(budget, a)), money(budget, sum(budget.totalsByYear))]);
  w.table([t.budgetColumns.source, ...budget.yearLabels, t.budgetColumns.total], rows, {
    fit: [{ weight: 3 }, ...YEAR_COLUMNS],
    didParseCell: boldLastRow(rows.length),
  });
  if (budget.recurringShareNote.trim()) w.text(budget.recurringShareNote, { bold: true });
}

/** Full plan: every cost line with its category, source and recurrence, and the yearly totals. */
export function drawBudgetLines(w: PdfWriter, data: PlanDocumentData): void {
  const t = messagesOf(pdfBoardMessages);
  w.sectionTitle(t.budgetSection, { newPage: false, minSpace: 220 });
  if (!hasBudget(data)) {
    w.text(t.budgetNone, { color: COLOR.muted });
    return;
  }
  const { budget } = data;
  const c = t.budgetColumns;
  const rows = budget.lines.map((l) => [
    l.item,
    l.categoryLabel,
    l.sourceLabel,
    l.recurrenceLabel,
    ...l.amounts.map((a) => money(budget, a)),
    money(budget, sum(l.amounts)),
  ]);
  rows.push([t.totalRow, '', '', '', ...budget.totalsByYear.map((a) => money(budget, a)), money(budget, sum(budget.totalsByYear))]);
  w.table([c.item, c.category, c.source, c.recurrence, ...budget.yearLabels, c.total], rows, {
    styles: { fontSize: 7.5, cellPadding: { top: 3, bottom: 3, left: 3.5, right: 3.5 } },
    fit: [{ weight: 3 }, { weight: 1.6 }, { weight: 1.6 }, { weight: 1.3 }, ...YEAR_COLUMNS],
    didParseCell: boldLastRow(rows.length),
  });
  if (budget.recurringShareNote.trim()) w.text(budget.recurringShareNote, { bold: true });
}

/** The totals row stands out. */
function boldLastRow(count: number) {
  return (hook: { section: string; row: { index: number }; cell: { styles: { fontStyle: string } } }) => {
    if (hook.section === 'body' && hook.row.index === count - 1) hook.cell.styles.fontStyle = 'bold';
  };
}
