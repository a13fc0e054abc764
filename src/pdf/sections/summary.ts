import { COLOR, CONTENT_WIDTH, PAGE, SIZE, type PdfWriter } from '../layout';
import { nextActions } from '../format';
import type { PlanDocumentData } from '../plan-document';

export function drawSummary(w: PdfWriter, data: PlanDocumentData): void {
  w.sectionTitle('Executive summary');

  drawDecisionBox(w, data);
  if (data.decision.reasons.length > 0) {
    w.text('Why', { bold: true, spaceAfter: 3 });
    w.bullets(data.decision.reasons);
  }
  if (data.decision.override) {
    w.text('The team’s decision differs from the tool’s proposal', { bold: true, spaceAfter: 2 });
    w.text(`Proposed by the tool: ${data.decision.override.proposedLabel}`, { color: COLOR.muted, spaceAfter: 2 });
    w.text(`Reason for the change: ${data.decision.override.reason}`, { spaceAfter: 10 });
  }

  w.heading('Overall readiness');
  w.text(`${data.overall.levelLabel}. ${data.overall.explanation}`);

  w.heading('Top gaps');
  if (data.topGaps.length === 0) {
    w.text('No item was rated below Prepared.', { color: COLOR.muted });
  }
  data.topGaps.forEach((gap, index) => {
    w.heading(`${index + 1}. ${gap.statement}`, 3, 40);
    w.text(`Step ${gap.stepNumber}, ${gap.stepTitle} · Rated: ${gap.ratingLabel}`, {
      size: SIZE.small,
      color: COLOR.muted,
      spaceAfter: 3,
    });
    w.text(`Recommendation: ${gap.recommendation}`, { spaceAfter: 2 });
    w.text(`Source: ${gap.source}`, { size: SIZE.small, color: COLOR.muted, spaceAfter: 8 });
  });

  if (data.kind === 'full') {
    w.heading('Next three actions');
    const next = nextActions(data.actions, 3);
    if (next.length === 0) {
      w.text('No actions have been planned yet.', { color: COLOR.muted });
    } else {
      w.table(
        ['Action', 'Owner', 'Due'],
        next.map((a) => [a.action, a.owner, a.due]),
        { columnStyles: { 0: { cellWidth: CONTENT_WIDTH * 0.6 } } },
      );
    }
  }
}

function drawDecisionBox(w: PdfWriter, data: PlanDocumentData): void {
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
  w.text('Decision on whether to go ahead', { size: SIZE.small, bold: true, color: COLOR.muted, indent: pad + 4, spaceAfter: 2 });
  w.text(data.decision.label, { size: 14, bold: true, color: COLOR.accent, indent: pad + 4, width, spaceAfter: 0 });
  w.y = top + height + 10;
}
