import { messagesOf } from '../../i18n/i18n';
import { COLOR, CONTENT_WIDTH, PAGE, SIZE, type PdfWriter } from '../layout';
import type { PlanDocumentData } from '../plan-document';
import { pdfPlanMessages } from '../pdf.messages';

/** The quick check's readiness report lists the five gaps the screen promises, not every gap. */
export const QUICK_GAPS = 5;

/** The quick check's summary: decision, overall readiness and the top five gaps (sources cited once). */
export function drawSummary(w: PdfWriter, data: PlanDocumentData): void {
  const t = messagesOf(pdfPlanMessages);
  const { summary } = t;
  w.sectionTitle(summary.title);

  drawDecisionBox(w, data);
  if (data.decision.reasons.length > 0) {
    w.text(summary.why, { bold: true, spaceAfter: 3 });
    w.bullets(data.decision.reasons);
  }
  if (data.decision.override) {
    w.text(summary.overridden, { bold: true, spaceAfter: 2 });
    w.text(t.proposedByTool({ label: data.decision.override.proposedLabel }), { color: COLOR.muted, spaceAfter: 2 });
    w.text(t.changeReason({ reason: data.decision.override.reason }), { spaceAfter: 10 });
  }

  w.heading(summary.overallReadiness);
  w.text(t.overallLine({ level: data.overall.levelLabel, explanation: data.overall.explanation }));

  w.heading(summary.topGaps);
  const gaps = data.topGaps.slice(0, QUICK_GAPS);
  if (gaps.length === 0) w.text(summary.noGaps, { color: COLOR.muted });
  gaps.forEach((gap, index) => {
    w.heading(`${index + 1}. ${gap.statement}`, 3, 40);
    w.text(t.gapStep({ number: gap.stepNumber, title: gap.stepTitle, rating: gap.ratingLabel }), {
      size: SIZE.small,
      color: COLOR.muted,
      spaceAfter: 3,
    });
    w.text(t.recommendation({ recommendation: gap.recommendation }), { spaceAfter: 8 });
  });
  if (gaps.length > 0) {
    const sources = [...new Set(gaps.map((g) => g.source))];
    w.text(t.source({ source: sources.join('; ') }), { size: SIZE.small, color: COLOR.muted, spaceAfter: 8 });
  }
}

export function drawDecisionBox(w: PdfWriter, data: PlanDocumentData): void {
  const { doc } = w;
  const pad = 12;
  const width = CONTENT_WIDTH - 2 * pad - 4;
  const height = pad * 2 + 14 + w.measure(data.decision.label, 14, true, width);
  w.ensureSpace(height + 10);
  const top = w.y;
  doc.setFillColor(...COLOR.accentSoft);
  doc.rect(PAGE.left, top, CONTENT_WIDTH, height, 'F');
  doc.setFillColor(...COLOR.accent);
  doc.rect(PAGE.left, top, 4, height, 'F');
  w.y = top + pad;
  const heading = messagesOf(pdfPlanMessages).summary.decision;
  w.text(heading, { size: SIZE.small, bold: true, color: COLOR.muted, indent: pad + 4, spaceAfter: 2 });
  w.text(data.decision.label, { size: 14, bold: true, color: COLOR.accent, indent: pad + 4, width, spaceAfter: 0 });
  w.y = top + height + 10;
}
