/**
 * The page grid and a small flowing-text writer on top of jsPDF. Every section draws through
 * a PdfWriter so margins, type sizes and page breaks live in one place.
 * Units are points on US Letter (612 × 792).
 */
import type { jsPDF } from 'jspdf';
import type { UserOptions } from 'jspdf-autotable';
import { messagesOf } from '../i18n/i18n';
import { pdfCommonMessages } from './pdf.messages';
import { toPrintable } from './printable-text';
import { fitColumns, type ColumnSpec } from './table-columns';

export const FONT = 'DejaVuSans';

export const PAGE = {
  width: 612,
  height: 792,
  left: 60,
  right: 552,
  /** Body text starts here; the running header sits above. */
  top: 78,
  /** Nothing in the body goes below this; the footer sits under it. */
  bottom: 722,
  headerY: 40,
  footerY: 752,
} as const;

export const CONTENT_WIDTH = PAGE.right - PAGE.left;

type Rgb = readonly [number, number, number];

/** Calm, print-friendly palette: navy accent, slate text, pale blue fills. */
export const COLOR = {
  ink: [31, 41, 51],
  muted: [82, 96, 109],
  accent: [30, 58, 95],
  accentSoft: [222, 232, 243],
  rule: [203, 213, 225],
  fill: [244, 247, 250],
  white: [255, 255, 255],
} as const satisfies Record<string, Rgb>;

export const SIZE = { body: 10, small: 8.5, h1: 18, h2: 13, h3: 11 } as const;
const LEADING = 1.4;

export type AutoTable = (doc: jsPDF, options: UserOptions) => void;

interface TextOptions {
  size?: number;
  bold?: boolean;
  color?: Rgb;
  indent?: number;
  width?: number;
  spaceAfter?: number;
  align?: 'left' | 'right' | 'center';
}

export class PdfWriter {
  y: number = PAGE.top;

  constructor(
    readonly doc: jsPDF,
    private readonly autoTable: AutoTable,
  ) {}

  font(size: number, bold = false, color: Rgb = COLOR.ink): void {
    this.doc.setFont(FONT, bold ? 'bold' : 'normal');
    this.doc.setFontSize(size);
    this.doc.setTextColor(color[0], color[1], color[2]);
  }

  lineHeight(size: number): number {
    return size * LEADING;
  }

  newPage(): void {
    this.doc.addPage();
    this.y = PAGE.top;
  }

  get atTopOfPage(): boolean {
    return this.y <= PAGE.top + 0.5;
  }

  /** Starts a new page unless `height` more points fit above the bottom margin. */
  ensureSpace(height: number): void {
    if (this.y + height > PAGE.bottom && !this.atTopOfPage) this.newPage();
  }

  /**
   * Splits text into lines no wider than `width` in the current font. Unlike jsPDF's
   * splitTextToSize, a word longer than the line (a pasted URL) is cut at character boundaries,
   * and blank-line runs collapse to one.
   */
  wrap(text: string, width: number): string[] {
    const measure = (s: string) => this.doc.getTextWidth(s);
    const lines: string[] = [];
    for (const paragraph of text.split('\n')) {
      if (paragraph.trim() === '') {
        if (lines.length > 0 && lines[lines.length - 1] !== '') lines.push('');
        continue;
      }
      let line = '';
      for (const word of paragraph.split(/ +/).filter(Boolean)) {
        const candidate = line ? `${line} ${word}` : word;
        if (measure(candidate) <= width) {
          line = candidate;
          continue;
        }
        if (line) lines.push(line);
        if (measure(word) <= width) {
          line = word;
          continue;
        }
        // Cut the over-long word into pieces that each fit.
        let piece = '';
        for (const char of word) {
          if (piece && measure(piece + char) > width) {
            lines.push(piece);
            piece = '';
          }
          piece += char;
        }
        line = piece;
      }
      lines.push(line);
    }
    while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    return lines;
  }

  /** Flowing text: each line claims its own space, so long answers continue on the next page. */
  text(raw: string, options: TextOptions = {}): void {
    const { size = SIZE.body, bold = false, color = COLOR.ink, indent = 0, spaceAfter = 6, align = 'left' } = options;
    const width = options.width ?? CONTENT_WIDTH - indent;
    this.font(size, bold, color);
    const lineHeight = this.lineHeight(size);
    const x = align === 'right' ? PAGE.left + indent + width : align === 'center' ? PAGE.left + indent + width / 2 : PAGE.left + indent;
    const lines = this.wrap(toPrintable(raw), width);
    // Keep-with-next inside a paragraph: never leave its first line alone at the foot of a page, nor carry
    // its last line alone onto the next.
    // A blank line between paragraphs takes half a line: clearly a break, not a hole.
    const heights = lines.map((line) => (line ? lineHeight : lineHeight / 2));
    let room = 0;
    for (let used = 0; room < lines.length && this.y + used + lineHeight <= PAGE.bottom; room++) used += heights[room]!;
    if (lines.length >= 2 && room < 2 && !this.atTopOfPage) {
      this.newPage();
      room = lines.length;
    }
    // One line would be carried alone: break earlier, at a line (not a paragraph gap) that leaves at least two
    // lines on each page.
    let early = -1;
    const count = (from: number, to?: number) => lines.slice(from, to).filter(Boolean).length;
    if (count(room) === 1 && !this.atTopOfPage) {
      for (let k = Math.min(room, lines.length) - 1; k >= 1; k--) {
        if (lines[k] !== '' && count(k) >= 2 && count(0, k) >= 2) {
          early = k;
          break;
        }
      }
    }
    for (const [index, line] of lines.entries()) {
      if (index === early) this.newPage();
      this.ensureSpace(lineHeight);
      // jsPDF resets the font on a new page only if we ask again.
      this.font(size, bold, color);
      if (line) this.doc.text(line, x, this.y, { baseline: 'top', align });
      this.y += heights[index]!;
    }
    this.y += spaceAfter;
  }

  /** Height `text()` would use, for keeping a heading with what follows. */
  measure(raw: string, size: number, bold: boolean, width: number): number {
    this.font(size, bold);
    return this.wrap(toPrintable(raw), width).length * this.lineHeight(size);
  }

  /** A section title with a rule under it; every major section starts on a fresh page. */
  sectionTitle(title: string, options: { newPage?: boolean; minSpace?: number } = {}): void {
    if (options.newPage ?? true) {
      if (!this.atTopOfPage) this.newPage();
    } else {
      // Continue on this page only when a good part of the section fits; else start afresh.
      this.ensureSpace(options.minSpace ?? 200);
      if (!this.atTopOfPage) this.y += 22;
    }
    this.text(title, { size: SIZE.h1, bold: true, color: COLOR.accent, spaceAfter: 4 });
    this.doc.setDrawColor(...COLOR.accent);
    this.doc.setLineWidth(1.2);
    this.doc.line(PAGE.left, this.y, PAGE.right, this.y);
    this.y += 14;
  }

  /** A sub-heading kept on the same page as at least `keepWith` points of what follows. */
  heading(title: string, level: 2 | 3 = 2, keepWith = 48): void {
    const size = level === 2 ? SIZE.h2 : SIZE.h3;
    const height = this.measure(title, size, true, CONTENT_WIDTH);
    this.ensureSpace(height + keepWith + 6);
    if (!this.atTopOfPage) this.y += level === 2 ? 8 : 4;
    this.text(title, { size, bold: true, color: level === 2 ? COLOR.accent : COLOR.ink, spaceAfter: level === 2 ? 6 : 3 });
  }

  /**
   * A question label in bold with its answer below, label kept with the answer's first lines. An answer
   * left blank ("Not provided" in the active language) is printed lighter.
   */
  labelled(label: string, value: string): void {
    const blank = value === messagesOf(pdfCommonMessages).notProvided;
    const labelHeight = this.measure(label, SIZE.body, true, CONTENT_WIDTH);
    this.ensureSpace(labelHeight + this.lineHeight(SIZE.body) * 2);
    this.text(label, { bold: true, spaceAfter: 1 });
    this.text(value, { color: blank ? COLOR.muted : COLOR.ink, spaceAfter: 9 });
  }

  bullets(items: readonly string[], options: { size?: number } = {}): void {
    const size = options.size ?? SIZE.body;
    for (const item of items) {
      this.ensureSpace(this.lineHeight(size));
      this.font(size, false, COLOR.accent);
      this.doc.text('•', PAGE.left + 4, this.y, { baseline: 'top' });
      this.text(item, { size, indent: 16, spaceAfter: 3 });
    }
    this.y += 4;
  }

  /**
   * A table through jspdf-autotable: header row repeated on every page, rows split across pages
   * when taller than the space left, cells wrapped inside the margins.
   */
  table(head: string[], body: string[][], options: Partial<Omit<UserOptions, "columns">> & { fit?: readonly ColumnSpec[] } = {}): void {
    const { styles, headStyles, fit: columns, columnStyles, ...rest } = options;
    const printedHead = head.map(toPrintable);
    const printedBody = body.map((row) => row.map(toPrintable));
    // The header row and the first body row stay together.
    this.ensureSpace(60);
    let fontSize = (styles?.fontSize as number | undefined) ?? 8.5;
    const padding = cellPadding(styles?.cellPadding) ?? 10;
    let widths: number[] | null = null;
    // When the longest words cannot all fit side by side, a smaller type fits them before any word is cut.
    for (; columns; fontSize -= 0.5) {
      const fitted = fitColumns(this.doc, columns, printedHead, printedBody, CONTENT_WIDTH, fontSize, padding, FONT);
      widths = fitted.widths;
      if (fitted.fits || fontSize <= 6.5) break;
    }
    const fitted = widths
      ? Object.fromEntries(
          widths.map((cellWidth, i) => [
            i,
            {
              cellWidth,
              ...(columns![i]!.bold ? { fontStyle: 'bold' as const } : {}),
              ...(columns![i]!.align ? { halign: columns![i]!.align } : {}),
            },
          ]),
        )
      : columnStyles;
    this.autoTable(this.doc, {
      startY: this.y,
      head: [printedHead],
      body: printedBody,
      ...(fitted ? { columnStyles: fitted } : {}),
      margin: { top: PAGE.top, bottom: PAGE.height - PAGE.bottom, left: PAGE.left, right: PAGE.width - PAGE.right },
      theme: 'grid',
      showHead: 'everyPage',
      // A row moves whole to the next page rather than leaving a fragment behind (a row taller than a page still splits).
      rowPageBreak: 'avoid',
      styles: {
        font: FONT,
        fontStyle: 'normal',
        textColor: [...COLOR.ink],
        lineColor: [...COLOR.rule],
        lineWidth: 0.5,
        cellPadding: { top: 4, bottom: 4, left: 5, right: 5 },
        overflow: 'linebreak',
        valign: 'top',
        ...styles,
        fontSize,
      },
      headStyles: { fillColor: [...COLOR.accent], textColor: [...COLOR.white], fontStyle: 'bold', ...headStyles },
      alternateRowStyles: { fillColor: [...COLOR.fill] },
      ...rest,
    });
    const finalY = (this.doc as unknown as { lastAutoTable?: { finalY?: number } }).lastAutoTable?.finalY;
    this.y = (finalY ?? this.y) + 14;
  }
}

/** Left plus right padding of a cell, as the table's styles give it. */
function cellPadding(padding: unknown): number | null {
  if (typeof padding === 'number') return padding * 2;
  if (padding && typeof padding === 'object') {
    const p = padding as { left?: number; right?: number };
    return (p.left ?? 0) + (p.right ?? 0);
  }
  return null;
}
