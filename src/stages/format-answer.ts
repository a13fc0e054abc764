import { ratingLabel, type Rating } from '../content/levels';
import type { Question } from '../content/types';

export const NOT_PROVIDED = 'Not provided';

function optionLabel(question: { options: readonly { value: string; label: string }[] }, value: string): string {
  return question.options.find((o) => o.value === value)?.label ?? value;
}

/** An answer as words for the review page and the PDF; blank answers read "Not provided". */
export function formatAnswer(question: Question, value: unknown): string {
  switch (question.kind) {
    case 'checkboxes': {
      const values = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
      return values.length ? values.map((v) => optionLabel(question, v)).join('; ') : NOT_PROVIDED;
    }
    case 'radio':
    case 'select':
      return typeof value === 'string' && value ? optionLabel(question, value) : NOT_PROVIDED;
    case 'grid': {
      const rows = typeof value === 'object' && value !== null ? (value as Record<string, Record<string, unknown>>) : {};
      const lines = question.rows.flatMap((row) => {
        const cells = question.columns
          .map((column) => ({ column, text: formatAnswer(column, rows[row.value]?.[column.name]) }))
          .filter((c) => c.text !== NOT_PROVIDED)
          .map((c) => `${c.column.label}: ${c.text}`);
        return cells.length ? [`${row.label} – ${cells.join(', ')}`] : [];
      });
      return lines.length ? lines.join('\n') : NOT_PROVIDED;
    }
    default:
      return typeof value === 'string' && value.trim() ? value : NOT_PROVIDED;
  }
}

export function formatRating(level: Rating | null | undefined): string {
  return level ? ratingLabel(level) : 'Not rated';
}
