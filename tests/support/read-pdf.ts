/** Reads a built PDF back with pdf.js: each page's text and every line of text with its position. */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';

export interface PlacedText {
  str: string;
  left: number;
  right: number;
  /** Distance from the top of the page to the top and bottom of the text, in points. */
  top: number;
  bottom: number;
}

export interface ReadPdf {
  pages: { text: string; items: PlacedText[] }[];
}

export const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false, disableFontFace: true }).promise;
  const pages: ReadPdf['pages'] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const height = (page.view as number[])[3]!;
    const content = await page.getTextContent();
    const items = content.items.filter((i): i is TextItem => 'str' in i);
    pages.push({
      text: items.map((i) => i.str + (i.hasEOL ? '\n' : '')).join(''),
      items: items
        .filter((i) => i.str.trim() !== '')
        .map((i) => {
          const baseline = height - i.transform[5]!;
          return { str: i.str, left: i.transform[4]!, right: i.transform[4]! + i.width, top: baseline - i.height, bottom: baseline };
        }),
    });
  }
  await pdf.destroy();
  return { pages };
}

/** Every string in a value, however deeply nested: the words a document was built from. */
export function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => stringsIn(v, out));
  else if (typeof value === 'object' && value !== null) Object.values(value).forEach((v) => stringsIn(v, out));
  return out;
}

/**
 * Words broken across two lines of one table cell or paragraph: a line ending in something that is not a word of
 * the source, which with the first word of the line below (same left edge) makes one.
 */
export function splitWords(read: ReadPdf, sourceStrings: readonly string[]): string[] {
  const vocabulary = new Set(sourceStrings.flatMap((s) => s.split(/\s+/)).filter(Boolean));
  const found: string[] = [];
  read.pages.forEach((page, p) => {
    for (const line of page.items) {
      const below = page.items.find(
        (other) => Math.abs(other.left - line.left) < 0.6 && other.top - line.top > 1 && other.top - line.top < 16,
      );
      if (!below) continue;
      const end = line.str.trim().split(/\s+/).pop()!;
      const start = below.str.trim().split(/\s+/)[0]!;
      if (!vocabulary.has(end) && vocabulary.has(end + start)) found.push(`page ${p + 1}: "${end}|${start}"`);
    }
  });
  return found;
}
