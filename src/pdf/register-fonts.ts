/** Embeds the DejaVu fonts in a jsPDF document; shared by every PDF the app builds. */
import type { FontFiles } from './fonts/font-files';
import { FONT } from './layout';

type JsPdf = InstanceType<typeof import('jspdf').jsPDF>;

export function registerFonts(doc: JsPdf, fonts: FontFiles): void {
  // jsPDF takes TrueType bytes as a binary string and embeds only the glyphs used (subset).
  doc.addFileToVFS('DejaVuSans.ttf', toBinaryString(fonts.regular));
  doc.addFileToVFS('DejaVuSans-Bold.ttf', toBinaryString(fonts.bold));
  doc.addFont('DejaVuSans.ttf', FONT, 'normal');
  doc.addFont('DejaVuSans-Bold.ttf', FONT, 'bold');
  doc.setFont(FONT, 'normal');
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
