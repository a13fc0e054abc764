/** Wording of the form fields a stage is made of (question-field.tsx, rating-field.tsx). */
import { count, defineMessages, params } from '../../i18n/i18n';

export const fieldMessages = defineMessages('wizard-fields', {
  /**
   * Under a long answer. `{number}` rather than the library's `{count}`, so the figure can be filled in
   * formatted for the language ("2,000" / "2000") after the plural form is chosen.
   */
  charactersRemaining: count({ one: '{number} character remaining', other: '{number} characters remaining' }),
  charactersTooMany: count({ one: '{number} character too many', other: '{number} characters too many' }),
  /** The empty first option of a drop-down list. */
  notChosen: 'Not chosen',
  /** Under each readiness statement; {page} is the source page's English title, cited. */
  source: 'Source: {page}',
  notesLabel: params('Evidence or notes for item {number} (optional)'),
});
