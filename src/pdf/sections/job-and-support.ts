import { COLOR, CONTENT_WIDTH, type PdfWriter } from '../layout';
import type { PlanDocumentData } from '../plan-document';

export function drawJobDescription(w: PdfWriter, data: PlanDocumentData): void {
  w.sectionTitle('Draft job description');
  if (!data.jobDescription || data.jobDescription.length === 0) {
    w.text('No job description has been drafted yet.', { color: COLOR.muted });
    return;
  }
  w.text('A starting draft assembled from the team’s answers in step 6, to be refined with human resources.', {
    color: COLOR.muted,
    spaceAfter: 10,
  });
  for (const part of data.jobDescription) {
    w.heading(part.heading, 3, 30);
    w.text(part.text, { spaceAfter: 10 });
  }
}

export function drawPdPlan(w: PdfWriter, data: PlanDocumentData): void {
  w.sectionTitle('Professional development plan for the teacher leader', { newPage: true });
  if (data.pdPlan.length === 0) {
    w.text('No professional development has been planned yet.', { color: COLOR.muted });
    return;
  }
  w.table(
    ['Area', 'Current strength', 'Priority', 'Planned support', 'Timeline'],
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
  w.sectionTitle('Sustainability summary');
  const s = data.sustainability;
  if (!s) {
    w.text('No sustainability plan has been written yet.', { color: COLOR.muted });
    return;
  }
  w.heading('Funding by year', 3, 60);
  w.table(
    ['Year', 'Funding source', 'Details'],
    s.fundingByYear.map((f) => [f.year, f.source, f.note.trim() || '—']),
    { columnStyles: { 0: { cellWidth: 60, fontStyle: 'bold' }, 1: { cellWidth: 120 } } },
  );
  w.labelled('Moving positions to recurring funding', s.transition);
  w.labelled('Deciding which elements to sustain', s.elementsToSustain);
  w.labelled('Partners', s.partners);
}

export function drawApproaches(w: PdfWriter, data: PlanDocumentData): void {
  if (data.approaches.length === 0) return;
  w.sectionTitle('Approaches to consider');
  for (const approach of data.approaches) {
    w.heading(approach.heading, 2, 40);
    w.bullets(approach.points);
  }
}
