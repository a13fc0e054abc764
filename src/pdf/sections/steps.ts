import { messagesOf } from '../../i18n/i18n';
import { COLOR, CONTENT_WIDTH, SIZE, type PdfWriter } from '../layout';
import type { PlanDocumentData } from '../plan-document';
import { pdfPlanMessages } from '../pdf.messages';

type Step = PlanDocumentData['steps'][number];

/** One section per step: the rated items as a table, then the team's answers. */
export function drawSteps(w: PdfWriter, data: PlanDocumentData): void {
  const t = messagesOf(pdfPlanMessages);
  const full = data.kind === 'full';
  if (!full) w.sectionTitle(t.steps.quickTitle);
  data.steps.forEach((step) => {
    const title = t.stepTitle({ number: step.number, title: step.title });
    // A step that starts low on a page moves to the next; otherwise steps follow on, so a short
    // step does not leave a mostly empty page behind it.
    if (full) w.sectionTitle(title, { newPage: step.number === 1, minSpace: 320 });
    else w.heading(title, 2, 90);
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
      {
        columnStyles: {
          0: { cellWidth: CONTENT_WIDTH * 0.36 },
          1: { cellWidth: 66, fontStyle: 'bold' },
        },
      },
    );
    const sources = [...new Set(step.items.map((item) => item.source))];
    w.text(t.source({ source: sources.join('; ') }), { size: SIZE.small, color: COLOR.muted, spaceAfter: 10 });
  }

  if (step.answers.length > 0) {
    w.heading(t.steps.answers, 3, 40);
    for (const answer of step.answers) w.labelled(answer.label, answer.value);
  }
}
