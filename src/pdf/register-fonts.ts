/** Embeds the DejaVu fonts in a jsPDF document; shared by every PDF the app builds. */
import type { FontFiles } from './fonts/font-files';
import { FONT } from './layout';

type JsPdf = InstanceType<typeof import('jspdf').jsPDF>;

export function registerFonts(doc: JsPdf, fonts: FontFiles): void {
  // jsPDF takes TrueType bytes as a binary string and embeds only the glyphs used (subset).
  doc.addFileToVFS('DejaVuSans.ttf', binaryStringOf(fonts.regular));
  doc.addFileToVFS('DejaVuSans-Bold.ttf', binaryStringOf(fonts.bold));
  doc.addFont('DejaVuSans.ttf', FONT, 'normal');
  doc.addFont('DejaVuSans-Bold.ttf', FONT, 'bold');
  doc.setFont(FONT, 'normal');
}

/**
 * Converting the 350 kB of fonts to a string is about a fifth of a typical plan's build (CPU profile, Node): keep it
 * per font file, so a second document from the same bytes (a board summary laid out again, tighter) reuses it.
 */
const binaryStrings = new WeakMap<ArrayBuffer | Uint8Array, string>();

function binaryStringOf(bytes: ArrayBuffer | Uint8Array): string {
  let converted = binaryStrings.get(bytes);
  if (converted === undefined) binaryStrings.set(bytes, (converted = toBinaryString(bytes)));
  return converted;
}

function toBinaryString(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let out = '';
  const chunk = 0x8000;
  for (let i = 0; i < view.length; i += chunk) {
    out += String.fromCharCode(...view.subarray(i, i + chunk));
  }
  return out;
}
