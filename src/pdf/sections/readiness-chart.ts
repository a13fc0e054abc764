/** The readiness chart: one horizontal bar per step, drawn with vector rectangles, lines and text (no image). */
import { LEVELS, ratingLabel, type Level } from '../../content/levels';
import { COLOR, PAGE, SIZE, type PdfWriter } from '../layout';
import type { PlanDocumentData } from '../plan-document';
import { toPrintable } from '../printable-text';

/** Bar shades from light to dark; the level is always written in words as well. */
export const BAR_SHADE: Record<Level, readonly [number, number, number]> = {
  early: [147, 177, 209],
  developing: [96, 138, 184],
  prepared: [52, 99, 150],
  model: [30, 58, 95],
};

const LABEL_WIDTH = 170;
const BAR_HEIGHT = 16;

/** A horizontal bar chart drawn with vector rectangles, lines and text (no image). */
export function drawReadinessChart(w: PdfWriter, scores: PlanDocumentData['stepScores'], rowHeight = 34): void {
  // Room for a step title on two lines, whatever the caller asks.
  const ROW_HEIGHT = Math.max(rowHeight, 2 * w.lineHeight(SIZE.small) + 3);
  const { doc } = w;
  const plotLeft = PAGE.left + LABEL_WIDTH + 10;
  const plotWidth = PAGE.right - plotLeft;
  const column = plotWidth / LEVELS.length;
  const height = 24 + scores.length * ROW_HEIGHT + 8;
  w.ensureSpace(height);
  const top = w.y;

  // Column headings: the four levels, in words.
  w.font(SIZE.small, true, COLOR.muted);
  LEVELS.forEach((level, i) => {
    doc.text(ratingLabel(level), plotLeft + column * (i + 0.5), top, { baseline: 'top', align: 'center' });
  });

  const rowsTop = top + 20;
  // Light column bands and gridlines so a bar's end can be read against the scale.
  doc.setDrawColor(...COLOR.rule);
  doc.setLineWidth(0.5);
  for (let i = 0; i <= LEVELS.length; i++) {
    const x = plotLeft + column * i;
    doc.line(x, rowsTop - 4, x, rowsTop + scores.length * ROW_HEIGHT);
  }

  scores.forEach((score, row) => {
    const rowTop = rowsTop + row * ROW_HEIGHT;
    const barTop = rowTop + (ROW_HEIGHT - BAR_HEIGHT) / 2;

    // Step label, at most two lines, vertically centred on the bar.
    w.font(SIZE.small, false, COLOR.ink);
    const lines = w.wrap(toPrintable(`${score.number}. ${score.title}`), LABEL_WIDTH).slice(0, 2);
    const lineHeight = w.lineHeight(SIZE.small);
    const labelTop = rowTop + (ROW_HEIGHT - lines.length * lineHeight) / 2;
    lines.forEach((line, i) => doc.text(line, PAGE.left, labelTop + i * lineHeight, { baseline: 'top' }));

    if (row > 0) {
      doc.setDrawColor(...COLOR.fill);
      doc.line(PAGE.left, rowTop, PAGE.right, rowTop);
    }

    if (score.level === null) {
      doc.setDrawColor(...COLOR.muted);
      doc.setLineDashPattern([2, 2], 0);
      doc.rect(plotLeft + 1, barTop, column - 2, BAR_HEIGHT, 'S');
      doc.setLineDashPattern([], 0);
      w.font(SIZE.small, false, COLOR.muted);
      doc.text(toPrintable(score.levelLabel), plotLeft + column + 6, barTop + BAR_HEIGHT / 2, { baseline: 'middle' });
      return;
    }
    const reached = LEVELS.indexOf(score.level) + 1;
    const barWidth = column * reached - 2;
    doc.setFillColor(...BAR_SHADE[score.level]);
    doc.rect(plotLeft + 1, barTop, barWidth, BAR_HEIGHT, 'F');
    const light = score.level === 'early';
    w.font(SIZE.small, true, light ? COLOR.ink : COLOR.white);
    doc.text(ratingLabel(score.level), plotLeft + 7, barTop + BAR_HEIGHT / 2, { baseline: 'middle' });
  });

  w.y = rowsTop + scores.length * ROW_HEIGHT + 16;
}
