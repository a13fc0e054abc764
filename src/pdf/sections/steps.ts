import { messagesOf } from '../../i18n/i18n';
import { pdfBoardMessages } from '../board.messages';
import { COLOR, SIZE, type PdfWriter } from '../layout';
import type { PlanDocumentData } from '../plan-document';
import { pdfPlanMessages } from '../pdf.messages';

type Step = PlanDocumentData['steps'][number];

/** One section per step: the rated items as a table, then the team's answers. */
export function drawSteps(w: PdfWriter, data: PlanDocumentData): void {
  const t = messagesOf(pdfPlanMessages);
  const full = data.kind === 'full';
  w.sectionTitle(full ? messagesOf(pdfBoardMessages).stepAnswersSection : t.steps.quickTitle, { newPage: !full, minSpace: 300 });
  data.steps.forEach((step) => {
    const title = t.stepTitle({ number: step.number, title: step.title });
    // A step that starts low on a page moves to the next; otherwise steps follow on, so a short
    // step does not leave a mostly empty page behind it.
    w.heading(title, 2, 90);
    drawStep(w, step);
  });
}

function drawStep(w: PdfWriter, step: Step): void {
  const t = messagesOf(pdfPlanMessages);
  w.text(step.purpose, { color: COLOR.muted, spaceAfter: 10 });

  if (step.items.length > 0) {
    const { columns } = t.steps;
    w.heading(t.steps.ratings, 3, 60);
    w.table(
      [columns.statement, columns.level, columns.notes],
      step.items.map((item) => [item.statement, item.ratingLabel, item.notes.trim() || '—']),
      { fit: [{ weight: 3.6 }, { weight: 1.3, bold: true }, { weight: 5 }], rowPageBreak: 'auto' },
    );
    const sources = [...new Set(step.items.map((item) => item.source))];
    w.text(t.source({ source: sources.join('; ') }), { size: SIZE.small, color: COLOR.muted, spaceAfter: 10 });
  }

  // Answers printed in full in their own part of the plan (job description, PD plan, sustainability) are not repeated.
  const answers = step.answers.filter((a) => !a.printedIn);
  const elsewhere = [...new Set(step.answers.flatMap((a) => (a.printedIn ? [a.printedIn] : [])))];
  if (answers.length > 0 || elsewhere.length > 0) {
    w.heading(t.steps.answers, 3, 40);
    for (const answer of answers) w.labelled(answer.label, answer.value);
    for (const part of elsewhere) {
      w.text(messagesOf(pdfBoardMessages).answersElsewhere({ part: partTitle(part) }), { size: SIZE.small, color: COLOR.muted });
    }
  }
}

type PrintedIn = NonNullable<Step['answers'][number]['printedIn']>;

function partTitle(part: PrintedIn): string {
  const t = messagesOf(pdfPlanMessages);
  return { jobDescription: t.job.title, pdPlan: t.pd.title, sustainability: t.sustainability.title }[part];
}
