/**
 * What the embedded font can print. The UI calls findUnprintableCharacters() before export to
 * list what will not come out; the builder passes every user string through toPrintable(), which
 * swaps those characters for a visible placeholder instead of letting jsPDF drop or garble them.
 */
import { FONT_COVERAGE } from './fonts/font-coverage';

/** Printed in place of a character the font has no glyph for. DejaVu Sans has U+25A1. */
export const PLACEHOLDER = '□';

function hasGlyph(codePoint: number): boolean {
  let lo = 0;
  let hi = FONT_COVERAGE.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const range = FONT_COVERAGE[mid]!;
    if (codePoint < range[0]) hi = mid - 1;
    else if (codePoint > range[1]) lo = mid + 1;
    else return true;
  }
  return false;
}

// Zero-width joiners and variation selectors only glue emoji together; on their own they print nothing.
const INVISIBLE_GLUE = /\u200d|\ufe0e|\ufe0f/gu;
const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Line breaks and tabs are layout, not glyphs; other control characters are never printable. */
function isLayoutCharacter(char: string): boolean {
  return char === '\n' || char === '\r' || char === '\t';
}

function isPrintableGrapheme(grapheme: string): boolean {
  for (const char of grapheme.replace(INVISIBLE_GLUE, '')) {
    if (!hasGlyph(char.codePointAt(0)!)) return false;
  }
  return true;
}

/**
 * The characters (whole user-perceived characters, so a family emoji counts once) that the
 * embedded font cannot print, in the order first seen, each listed once.
 */
export function findUnprintableCharacters(texts: readonly string[]): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    const composed = text.normalize('NFC');
    if (everyCodePointPrintable(composed)) continue; // the common case, without the costly grapheme split
    for (const { segment } of segmenter.segment(composed)) {
      if (isLayoutCharacter(segment) || segment === '\r\n') continue;
      if (!isPrintableGrapheme(segment)) found.add(segment);
    }
  }
  return [...found];
}

/** True when every code point has a glyph (or is a newline or tab) and none is emoji glue. */
function everyCodePointPrintable(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0x20 && unit < 0x7f) continue; // printable ASCII, the common case
    if (unit === 0x0a || unit === 0x09) continue;
    const codePoint = text.codePointAt(i)!;
    if (codePoint > 0xffff) i++; // the low surrogate of this pair
    if (codePoint === 0x200d || codePoint === 0xfe0e || codePoint === 0xfe0f || !hasGlyph(codePoint)) return false;
  }
  return true;
}

/**
 * The string as the PDF will print it: composed (so "ễ" typed as e + two accents uses the
 * font's single glyph), newlines normalised, tabs as spaces, unprintable characters as □.
 */
export function toPrintable(text: string): string {
  const normalised = text.normalize('NFC').replace(/\r\n?/g, '\n');
  // Nearly all text is printable as it stands; splitting it into graphemes is what costs time (a
  // 70-page plan passes through here thousands of times), so only text with a missing glyph pays.
  if (everyCodePointPrintable(normalised)) return normalised.replace(/\t/g, '    ');
  let out = '';
  for (const { segment } of segmenter.segment(normalised)) {
    if (segment === '\n') out += '\n';
    else if (segment === '\t') out += '    ';
    else out += isPrintableGrapheme(segment) ? segment.replace(INVISIBLE_GLUE, '') : PLACEHOLDER;
  }
  return out;
}
