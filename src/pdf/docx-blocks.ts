/**
 * Small builders over the `docx` library for the Word plan: headings as Word headings, tables as Word tables
 * with a repeating header row, labelled answers and bullets. The library is passed in, loaded with import().
 */
import type * as DocxLib from 'docx';

export type Docx = typeof DocxLib;
export type Block = DocxLib.Paragraph | DocxLib.Table;

const ACCENT = '1E3A5F';
const MUTED = '52606D';
const FILL = 'F4F7FA';

export class DocxBlocks {
  readonly blocks: Block[] = [];

  constructor(private readonly d: Docx) {}

  heading(text: string, level: 1 | 2 | 3, options: { pageBreakBefore?: boolean } = {}): void {
    const { HeadingLevel, Paragraph } = this.d;
    const heading = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][level - 1];
    this.blocks.push(new Paragraph({ text, heading, keepNext: true, pageBreakBefore: options.pageBreakBefore ?? false }));
  }

  title(text: string, subtitle: string): void {
    const { HeadingLevel, Paragraph } = this.d;
    this.blocks.push(new Paragraph({ text, heading: HeadingLevel.TITLE }));
    if (subtitle) this.text(subtitle, { bold: true });
  }

  /** A paragraph; line breaks in the text start new paragraphs. */
  text(text: string, options: { bold?: boolean; muted?: boolean; small?: boolean; keepNext?: boolean } = {}): void {
    const { Paragraph, TextRun } = this.d;
    for (const line of text.split(/\n+/)) {
      this.blocks.push(
        new Paragraph({
          keepNext: options.keepNext ?? false,
          spacing: { after: 100 },
          children: [
            new TextRun({
              text: line,
              bold: options.bold ?? false,
              ...(options.muted ? { color: MUTED } : {}),
              ...(options.small ? { size: 18 } : {}),
            }),
          ],
        }),
      );
    }
  }

  labelled(label: string, value: string): void {
    this.text(label, { bold: true, keepNext: true });
    this.text(value);
  }

  bullets(items: readonly string[]): void {
    const { Paragraph } = this.d;
    for (const item of items) this.blocks.push(new Paragraph({ text: item, bullet: { level: 0 } }));
  }

  image(png: Uint8Array, width: number, height: number, altText: string): void {
    const { ImageRun, Paragraph } = this.d;
    // Fit the page's text width (6.5 in = 624 px at 96 dpi).
    const scale = Math.min(1, 624 / width);
    this.blocks.push(
      new Paragraph({
        children: [
          new ImageRun({
            type: 'png',
            data: png,
            transformation: { width: Math.round(width * scale), height: Math.round(height * scale) },
            altText: { name: altText, title: altText, description: altText },
          }),
        ],
      }),
    );
  }

  /** A table the width of the page; `weights` share the width between columns. Header row repeats on each page. */
  table(head: readonly string[], rows: readonly (readonly string[])[], weights: readonly number[], boldLastRow = false): void {
    const { Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } = this.d;
    const total = weights.reduce((s, w) => s + w, 0);
    // Twips across 6.5 inches.
    const widths = weights.map((w) => Math.round((9360 * w) / total));
    const cell = (text: string, i: number, style: { header?: boolean; bold?: boolean; fill?: string }) =>
      new TableCell({
        width: { size: widths[i]!, type: WidthType.DXA },
        ...(style.fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: style.fill } } : {}),
        children: text.split('\n').map(
          (line) =>
            new Paragraph({
              children: [
                new TextRun({
                  text: line,
                  bold: !!(style.header || style.bold),
                  size: 18,
                  ...(style.header ? { color: 'FFFFFF' } : {}),
                }),
              ],
            }),
        ),
      });
    this.blocks.push(
      new Table({
        width: { size: 9360, type: WidthType.DXA },
        columnWidths: widths,
        rows: [
          new TableRow({ tableHeader: true, cantSplit: true, children: head.map((h, i) => cell(h, i, { header: true, fill: ACCENT })) }),
          ...rows.map(
            (row, r) =>
              new TableRow({
                cantSplit: true,
                children: row.map((text, i) =>
                  cell(text, i, { bold: boldLastRow && r === rows.length - 1, ...(r % 2 === 1 ? { fill: FILL } : {}) }),
                ),
              }),
          ),
        ],
      }),
    );
    this.blocks.push(new Paragraph({ text: '' }));
  }
}
