import { ratingLabel, type Rating } from '../content/levels';
import type { Question } from '../content/types';
import { messagesOf } from '../i18n/i18n';
import { formatDay, formatList } from '../i18n/format';
import { answerMessages } from './format-answer.messages';

/** What a skipped answer reads as ("Not provided"), in the active language. */
export const notProvided = (): string => messagesOf(answerMessages).notProvided;

function optionLabel(question: { options: readonly { value: string; label: string }[] }, value: string): string {
  return question.options.find((o) => o.value === value)?.label ?? value;
}

/** An answer as words, or null when it was left blank. */
function answerText(question: Question, value: unknown): string | null {
  const t = messagesOf(answerMessages);
  switch (question.kind) {
    case 'checkboxes': {
      const values = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
      return values.length ? formatList(values.map((v) => optionLabel(question, v))) : null;
    }
    case 'radio':
    case 'select':
      return typeof value === 'string' && value ? optionLabel(question, value) : null;
    case 'grid': {
      const rows = typeof value === 'object' && value !== null ? (value as Record<string, Record<string, unknown>>) : {};
      const lines = question.rows.flatMap((row) => {
        const cells = question.columns.flatMap((column) => {
          const answer = answerText(column, rows[row.value]?.[column.name]);
          return answer === null ? [] : [t.gridCell({ column: column.label, answer })];
        });
        return cells.length ? [t.gridRow({ row: row.label, cells: cells.join(t.gridCellSeparator) })] : [];
      });
      return lines.length ? lines.join('\n') : null;
    }
    case 'date':
      return typeof value === 'string' && value ? formatDay(value) : null;
    default:
      return typeof value === 'string' && value.trim() ? value : null;
  }
}

/** An answer as words for the review page and the PDF; blank answers read "Not provided". */
export function formatAnswer(question: Question, value: unknown): string {
  return answerText(question, value) ?? notProvided();
}

export function formatRating(level: Rating | null | undefined): string {
  return level ? ratingLabel(level) : messagesOf(answerMessages).notRated;
}
