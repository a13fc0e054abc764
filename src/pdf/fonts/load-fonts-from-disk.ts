/** Node-only font loader for tests and scripts/bench-pdf.ts. Never import this from app code. */
import { readFile } from 'node:fs/promises';
import type { FontFiles } from './font-files';

export async function loadFontsFromDisk(): Promise<FontFiles> {
  const dir = new URL('./', import.meta.url);
  const [regular, bold] = await Promise.all([
    readFile(new URL('DejaVuSans.ttf', dir)),
    readFile(new URL('DejaVuSans-Bold.ttf', dir)),
  ]);
  return { regular: new Uint8Array(regular), bold: new Uint8Array(bold) };
}
