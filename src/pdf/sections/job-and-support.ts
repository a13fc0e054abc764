import { messagesOf } from '../../i18n/i18n';
import { COLOR, CONTENT_WIDTH, type PdfWriter } from '../layout';
import type { PlanDocumentData } from '../plan-document';
import { pdfPlanMessages } from '../pdf.messages';

export function drawJobDescription(w: PdfWriter, data: PlanDocumentData): void {
  const { job } = messagesOf(pdfPlanMessages);
  w.sectionTitle(job.title);
  if (!data.jobDescription || data.jobDescription.length === 0) {
    w.text(job.none, { color: COLOR.muted });
    return;
  }
  w.text(job.intro, { color: COLOR.muted, spaceAfter: 10 });
  for (const part of data.jobDescription) {
    w.heading(part.heading, 3, 30);
    w.text(part.text, { spaceAfter: 10 });
  }
}

export function drawPdPlan(w: PdfWriter, data: PlanDocumentData): void {
  const { pd } = messagesOf(pdfPlanMessages);
  w.sectionTitle(pd.title, { newPage: true });
  if (data.pdPlan.length === 0) {
    w.text(pd.none, { color: COLOR.muted });
    return;
  }
  const { columns } = pd;
  w.table(
    [columns.area, columns.currentStrength, columns.priority, columns.plannedSupport, columns.timeline],
    data.pdPlan.map((p) => [p.area, p.currentStrength, p.priority, p.plannedSupport, p.timeline]),
    {
      columnStyles: {
        0: { cellWidth: 96, fontStyle: 'bold' },
        1: { cellWidth: 70 },
        2: { cellWidth: 56 },
        3: { cellWidth: CONTENT_WIDTH - 96 - 70 - 56 - 90 },
        4: { cellWidth: 90 },
      },
    },
  );
}

export function drawSustainability(w: PdfWriter, data: PlanDocumentData): void {
  const t = messagesOf(pdfPlanMessages).sustainability;
  w.sectionTitle(t.title);
  const s = data.sustainability;
  if (!s) {
    w.text(t.none, { color: COLOR.muted });
    return;
  }
  w.heading(t.fundingByYear, 3, 60);
  w.table(
    [t.columns.year, t.columns.source, t.columns.details],
    s.fundingByYear.map((f) => [f.year, f.source, f.note.trim() || '—']),
    { columnStyles: { 0: { cellWidth: 60, fontStyle: 'bold' }, 1: { cellWidth: 120 } } },
  );
  w.labelled(t.transition, s.transition);
  w.labelled(t.elementsToSustain, s.elementsToSustain);
  w.labelled(t.partners, s.partners);
}

export function drawApproaches(w: PdfWriter, data: PlanDocumentData): void {
  if (data.approaches.length === 0) return;
  w.sectionTitle(messagesOf(pdfPlanMessages).approachesTitle);
  for (const approach of data.approaches) {
    w.heading(approach.heading, 2, 40);
    w.bullets(approach.points);
  }
}
