/** How saved answers read on the review page and in the plan PDF. */
import { defineMessages, params } from '../i18n/i18n';

export const answerMessages = defineMessages('wizard-answers', {
  notProvided: 'Not provided',
  notRated: 'Not rated',
  /** One filled cell of a table question, e.g. "Amount: 5000". */
  gridCell: params('{column}: {answer}'),
  /** One row of a table question with its filled cells, e.g. "Year 1 – Source: Title I, Amount: 5000". */
  gridRow: params('{row} – {cells}'),
  /** Between the filled cells of one row. */
  gridCellSeparator: ', ',
});
