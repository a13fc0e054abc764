import { messagesOf } from '../../i18n/i18n';
import { longDate } from '../format';
import { COLOR, type PdfWriter } from '../layout';
import type { PlanDocumentData } from '../plan-document';
import { pdfPlanMessages } from '../pdf.messages';

export function drawActionPlan(w: PdfWriter, data: PlanDocumentData): void {
  const t = messagesOf(pdfPlanMessages);
  const columns = t.actionPlan.columns;
  w.sectionTitle(t.actionPlan.title, { newPage: false, minSpace: 260 });
  if (data.actions.length === 0) {
    w.text(t.noActions, { color: COLOR.muted });
    return;
  }
  w.text(t.actionPlanIntro(data.actions.length), { color: COLOR.muted, spaceAfter: 10 });
  // Step titles are long; in an eight-column table the step number reads better.
  const stepNumber = new Map(data.steps.map((s) => [s.title, s.number]));
  const stepCell = (title: string) => {
    const n = stepNumber.get(title);
    return n === undefined ? title : t.stepNumber({ number: n });
  };
  w.table(
    [
      columns.action,
      columns.step,
      columns.owner,
      columns.start,
      columns.due,
      columns.resources,
      columns.successMeasure,
      columns.status,
    ],
    data.actions.map((a) => [
      a.action,
      stepCell(a.stepTitle),
      a.owner,
      longDate(a.start),
      longDate(a.due),
      a.resources,
      a.successMeasure,
      a.status,
    ]),
    {
      rowPageBreak: 'auto',
      styles: { fontSize: 7.5, cellPadding: { top: 3, bottom: 3, left: 3.5, right: 3.5 } },
      fit: [
        { weight: 112, bold: true },
        { weight: 36 },
        { weight: 64 },
        { weight: 50, date: true },
        { weight: 50, date: true },
        { weight: 72 },
        { weight: 66 },
        { weight: 42 },
      ],
    },
  );
}
