import { defineMessages } from '../../../i18n/i18n';

/** The plan page's three exports (issue 12 §3). */
export const planExportsMessages = defineMessages('plan-exports', {
  heading: 'Download the plan',
  intro:
    'The board summary fits on four pages: the decision, readiness, the five most important gaps, the timeline, the budget and how you will know it works. The full plan adds every part and each step’s answers. The Word document holds the full plan, ready to edit.',
  board: 'Board summary (PDF)',
  full: 'Full plan (PDF)',
  docx: 'Word document (.docx)',
});
