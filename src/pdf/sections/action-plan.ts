import { COLOR, type PdfWriter } from '../layout';
import type { PlanDocumentData } from '../plan-document';

export function drawActionPlan(w: PdfWriter, data: PlanDocumentData): void {
  w.sectionTitle('Action plan');
  if (data.actions.length === 0) {
    w.text('No actions have been planned yet.', { color: COLOR.muted });
    return;
  }
  w.text(
    `${data.actions.length} ${data.actions.length === 1 ? 'action' : 'actions'}, in the order the team listed them. ` +
      'The Step column gives the number of the step the action belongs to (see the readiness profile).',
    { color: COLOR.muted, spaceAfter: 10 },
  );
  // Step titles are long; in an eight-column table the step number reads better.
  const stepNumber = new Map(data.steps.map((s) => [s.title, s.number]));
  const stepCell = (title: string) => {
    const n = stepNumber.get(title);
    return n === undefined ? title : `Step ${n}`;
  };
  w.table(
    ['Action', 'Step', 'Owner', 'Start', 'Due', 'Resources', 'Success measure', 'Status'],
    data.actions.map((a) => [a.action, stepCell(a.stepTitle), a.owner, a.start, a.due, a.resources, a.successMeasure, a.status]),
    {
      styles: { fontSize: 7.5, cellPadding: { top: 3, bottom: 3, left: 3.5, right: 3.5 } },
      columnStyles: {
        // Widths sum to the 492 pt text column; dates and "superintendent" fit on one line.
        0: { cellWidth: 112, fontStyle: 'bold' },
        1: { cellWidth: 36 },
        2: { cellWidth: 64 },
        3: { cellWidth: 50 },
        4: { cellWidth: 50 },
        5: { cellWidth: 72 },
        6: { cellWidth: 66 },
        7: { cellWidth: 42 },
      },
    },
  );
}
