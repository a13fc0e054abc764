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

let loading: Promise<FontFiles> | undefined;

/** Fetched once per page: a preload on hover and the export that follows share one download. */
export function loadFontsOverHttp(): Promise<FontFiles> {
  loading ??= Promise.all([fetchBytes(regularUrl), fetchBytes(boldUrl)]).then(
    ([regular, bold]) => ({ regular, bold }),
    (error: unknown) => {
      loading = undefined; // a failed download (e.g. offline) is retried on the next export
      throw error;
    },
  );
  return loading;
}
