import { COLOR, type PdfWriter } from '../layout';
import type { PlanDocumentData } from '../plan-document';

export function drawActionPlan(w: PdfWriter, data: PlanDocumentData): void {
  w.sectionTitle('Action plan');
  if (data.actions.length === 0) {
    w.text('No actions have been planned yet.', { color: COLOR.muted });
    return;
  }
  w.text(`${data.actions.length} ${data.actions.length === 1 ? 'action' : 'actions'}, in the order the team listed them.`, {
    color: COLOR.muted,
    spaceAfter: 10,
  });
  w.table(
    ['Action', 'Step', 'Owner', 'Start', 'Due', 'Resources', 'Success measure', 'Status'],
    data.actions.map((a) => [a.action, a.stepTitle, a.owner, a.start, a.due, a.resources, a.successMeasure, a.status]),
    {
      styles: { fontSize: 7.5, cellPadding: { top: 3, bottom: 3, left: 3.5, right: 3.5 } },
      columnStyles: {
        0: { cellWidth: 96, fontStyle: 'bold' },
        1: { cellWidth: 62 },
        2: { cellWidth: 52 },
        3: { cellWidth: 44 },
        4: { cellWidth: 44 },
        5: { cellWidth: 70 },
        6: { cellWidth: 76 },
        7: { cellWidth: 48 },
      },
    },
  );
}
