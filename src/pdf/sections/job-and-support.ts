import { messagesOf } from '../../i18n/i18n';
import { COLOR, type PdfWriter } from '../layout';
import type { PlanDocumentData } from '../plan-document';
import { pdfPlanMessages } from '../pdf.messages';

export function drawJobDescription(w: PdfWriter, data: PlanDocumentData): void {
  const { job } = messagesOf(pdfPlanMessages);
  w.sectionTitle(job.title, { newPage: false, minSpace: 220 });
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
  w.sectionTitle(pd.title, { newPage: false, minSpace: 220 });
  if (data.pdPlan.length === 0) {
    w.text(pd.none, { color: COLOR.muted });
    return;
  }
  const { columns } = pd;
  w.table(
    [columns.area, columns.currentStrength, columns.priority, columns.plannedSupport, columns.timeline],
    data.pdPlan.map((p) => [p.area, p.currentStrength, p.priority, p.plannedSupport, p.timeline]),
    { fit: [{ weight: 96, bold: true }, { weight: 70 }, { weight: 56 }, { weight: 180 }, { weight: 90 }] },
  );
}

export function drawSustainability(w: PdfWriter, data: PlanDocumentData): void {
  const t = messagesOf(pdfPlanMessages).sustainability;
  w.sectionTitle(t.title, { newPage: false, minSpace: 220 });
  const s = data.sustainability;
  if (!s) {
    w.text(t.none, { color: COLOR.muted });
    return;
  }
  w.heading(t.fundingByYear, 3, 60);
  w.table(
    [t.columns.year, t.columns.source, t.columns.details],
    s.fundingByYear.map((f) => [f.year, f.source, f.note.trim() || '—']),
    { fit: [{ weight: 60, bold: true }, { weight: 120 }, { weight: 312 }] },
  );
  w.labelled(t.transition, s.transition);
  w.labelled(t.elementsToSustain, s.elementsToSustain);
  if (s.evidence?.length) {
    w.heading(t.evidence, 3, 40);
    w.bullets(s.evidence);
  }
  w.labelled(t.partners, s.partners);
}

export function drawApproaches(w: PdfWriter, data: PlanDocumentData): void {
  if (data.approaches.length === 0) return;
  w.sectionTitle(messagesOf(pdfPlanMessages).approachesTitle, { newPage: false, minSpace: 200 });
  for (const approach of data.approaches) {
    w.heading(approach.heading, 2, 40);
    w.bullets(approach.points);
  }
}
