/**
 * The browser's font loader. `?url` makes Vite emit each .ttf as a hashed asset (too big to inline),
 * so the bytes are fetched only when someone exports, never on first page load.
 * Kept in its own module and imported dynamically: Node (tests, the bench script) never evaluates
 * the `?url` imports and passes its own loader instead.
 */
import regularUrl from './DejaVuSans.ttf?url';
import boldUrl from './DejaVuSans-Bold.ttf?url';
import type { FontFiles } from './font-files';

async function fetchBytes(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load the PDF font (${response.status} ${url})`);
  return response.arrayBuffer();
}

export async function loadFontsOverHttp(): Promise<FontFiles> {
  const [regular, bold] = await Promise.all([fetchBytes(regularUrl), fetchBytes(boldUrl)]);
  return { regular, bold };
}
