import { sourceTitle } from '../../content/sources';
import { messagesOf } from '../../i18n/i18n';
import { COLOR, CONTENT_WIDTH, PAGE, SIZE, type PdfWriter } from '../layout';
import { longDate, planTitle } from '../format';
import type { PlanDocumentData } from '../plan-document';
import { pdfCommonMessages, pdfPlanMessages } from '../pdf.messages';

export function drawCover(w: PdfWriter, data: PlanDocumentData): void {
  const { doc } = w;
  const t = messagesOf(pdfPlanMessages);
  // A quiet band of colour at the top; the title sits under it.
  doc.setFillColor(...COLOR.accent);
  doc.rect(PAGE.left, PAGE.top, CONTENT_WIDTH, 6, 'F');
  w.y = PAGE.top + 40;
  w.text(planTitle(data.kind), { size: 24, bold: true, color: COLOR.accent, spaceAfter: 10 });
  w.text(data.profile.orgName, { size: 16, bold: true, spaceAfter: 4 });
  w.text(`${data.profile.orgTypeLabel} · ${data.profile.levelLabel}`, { size: 11, color: COLOR.muted, spaceAfter: 28 });

  const details: [string, string][] = [
    [t.cover.preparedBy, data.profile.respondentRole],
    [t.cover.assessmentDate, longDate(data.profile.date)],
    [t.cover.generated, longDate(data.generatedAt)],
  ];
  for (const [label, value] of details) {
    w.text(label, { size: SIZE.small, bold: true, color: COLOR.muted, spaceAfter: 1 });
    w.text(value, { spaceAfter: 10 });
  }
  w.text(t.cover.planningTeam, { size: SIZE.small, bold: true, color: COLOR.muted, spaceAfter: 1 });
  w.text(data.profile.team.trim() || messagesOf(pdfCommonMessages).notProvided, { spaceAfter: 22 });

  drawReadinessPanel(w, data);

  w.text(t.coverNote({ source: sourceTitle() }), { size: SIZE.small, color: COLOR.muted });
}

function drawReadinessPanel(w: PdfWriter, data: PlanDocumentData): void {
  const { doc } = w;
  const pad = 14;
  const explanationHeight = w.measure(data.overall.explanation, SIZE.body, false, CONTENT_WIDTH - 2 * pad);
  const height = pad + 12 + 6 + 22 + explanationHeight + pad;
  w.ensureSpace(height + 20);
  const top = w.y;
  doc.setFillColor(...COLOR.accentSoft);
  doc.roundedRect(PAGE.left, top, CONTENT_WIDTH, height, 4, 4, 'F');
  w.y = top + pad;
  const label = messagesOf(pdfPlanMessages).cover.overallReadiness;
  w.text(label, { size: SIZE.small, bold: true, color: COLOR.muted, indent: pad, spaceAfter: 2 });
  w.text(data.overall.levelLabel, { size: 16, bold: true, color: COLOR.accent, indent: pad, spaceAfter: 4 });
  w.text(data.overall.explanation, { indent: pad, width: CONTENT_WIDTH - 2 * pad, spaceAfter: 0 });
  w.y = Math.max(w.y, top + height) + 20;
}
