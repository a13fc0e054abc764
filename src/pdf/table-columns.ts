/**
 * Column widths for the PDF's tables, chosen so that no word is broken inside a cell (issue 12: a cell read
 * "Superintenden|t"). Each column gets the share of the width its weight asks for, but never less than its
 * longest word (in the font and weight it is drawn in) plus padding; the extra comes from columns with room to
 * spare. A date column is kept wide enough to wrap onto at most two lines. Only a word wider than a third of the
 * table (a pasted URL) is still cut, as nothing else could fit it.
 */
import type { jsPDF } from 'jspdf';

export interface ColumnSpec {
  /** Share of the table's width, before minimums are applied. */
  weight: number;
  bold?: boolean;
  /** Dates wrap onto at most two lines. */
  date?: boolean;
  align?: 'left' | 'right';
}

/** Slack for rounding inside jspdf-autotable's own line splitting. */
const SLACK = 1.5;

/** The embedded font's name (layout.ts's FONT), set before measuring. */
let font = 'DejaVuSans';

function textWidth(doc: jsPDF, text: string, size: number, bold: boolean): number {
  doc.setFont(font, bold ? 'bold' : 'normal');
  return (doc.getStringUnitWidth(text) * size) / doc.internal.scaleFactor;
}

/** The narrowest width at which `text` wraps onto at most two lines. */
function twoLineWidth(doc: jsPDF, text: string, size: number, bold: boolean): number {
  const words = text.split(/\s+/).filter(Boolean);
  let best = textWidth(doc, words.join(' '), size, bold);
  for (let i = 1; i < words.length; i++) {
    const first = textWidth(doc, words.slice(0, i).join(' '), size, bold);
    const second = textWidth(doc, words.slice(i).join(' '), size, bold);
    best = Math.min(best, Math.max(first, second));
  }
  return best;
}

/** The widest word no wider than `cap`: a wider one (a pasted URL) is cut whatever the column, so it claims nothing. */
function longestWord(doc: jsPDF, text: string, size: number, bold: boolean, cap: number): number {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => textWidth(doc, word, size, bold))
    .reduce((max, width) => (width <= cap ? Math.max(max, width) : max), 0);
}

/** Final widths (points) for each column, summing to `total`, and whether every column got its minimum. */
export function fitColumns(
  doc: jsPDF,
  specs: readonly ColumnSpec[],
  head: readonly string[],
  body: readonly (readonly string[])[],
  total: number,
  fontSize: number,
  padding: number,
  fontName = font,
): { widths: number[]; fits: boolean } {
  font = fontName;
  const cap = total / 3;
  const minimums = specs.map((spec, i) => {
    let min = longestWord(doc, head[i] ?? '', fontSize, true, cap);
    for (const row of body) {
      const cell = row[i] ?? '';
      min = Math.max(min, longestWord(doc, cell, fontSize, spec.bold ?? false, cap));
      if (spec.date) min = Math.max(min, twoLineWidth(doc, cell, fontSize, spec.bold ?? false));
    }
    return Math.min(cap, min + padding + SLACK);
  });
  const weightSum = specs.reduce((s, c) => s + c.weight, 0) || 1;
  const widths = specs.map((spec) => (total * spec.weight) / weightSum);
  // Raise every column to its minimum, taking the width from the others in proportion to their spare room.
  for (let round = 0; round < specs.length; round++) {
    const short = widths.reduce((s, w, i) => s + Math.max(0, minimums[i]! - w), 0);
    if (short <= 0.01) break;
    const spare = widths.map((w, i) => Math.max(0, w - minimums[i]!));
    const spareSum = spare.reduce((s, x) => s + x, 0);
    if (spareSum <= 0.01) break;
    const take = Math.min(short, spareSum);
    widths.forEach((w, i) => {
      widths[i] = w < minimums[i]! ? minimums[i]! : w - (take * spare[i]!) / spareSum;
    });
  }
  // Whatever could not be balanced (too many long words for the width) is shared out evenly.
  const sum = widths.reduce((s, w) => s + w, 0);
  return { widths: widths.map((w) => (w * total) / sum), fits: minimums.reduce((s, m) => s + m, 0) <= total + 0.01 };
}
