// Gzip sizes of a production build: what index.html loads up front (initial) and everything else (lazy).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** 110 kB = 110,000 bytes of gzip, the same unit `vite build` prints. */
export const INITIAL_BUDGET_BYTES = 110_000;

export const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** Every JS and CSS file index.html references: module scripts, modulepreload and stylesheet links. */
export function initialFiles(distDir) {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const refs = new Set();
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if (!url || /^(https?:)?\/\//.test(url)) continue;
    const isScript = tag.startsWith('<script');
    const rel = /\brel="([^"]+)"/.exec(tag)?.[1] ?? '';
    if (isScript || rel === 'modulepreload' || rel === 'stylesheet') refs.add(url.replace(/^\//, ''));
  }
  return [...refs].filter((f) => /\.(m?js|css)$/.test(f));
}

/** Strip the content hash so a chunk keeps its name from build to build: assets/index-AbC123.js -> index.js */
export const chunkName = (file) => file.replace(/^assets\//, '').replace(/-[\w-]{8}(?=\.\w+$)/, '');

/**
 * [{ file, name, key, bytes, gzip, initial }] for every JS and CSS file in dist/assets, initial first, then largest
 * first. `name` can repeat (Rollup names a chunk after a module, and two chunks can share one: two `react.js`, a
 * `format.js` loaded up front and another lazily); `key` never does, so a baseline can tell them apart, and it does
 * not change when another chunk of the same name comes or goes.
 */
export function chunkSizes(distDir) {
  const initial = new Set(initialFiles(distDir));
  // Bundled chunks, and files index.html loads from public/ as they are (the start page's early script).
  const files = [
    ...readdirSync(join(distDir, 'assets'))
      .filter((f) => /\.(m?js|css)$/.test(f))
      .map((f) => `assets/${f}`),
    ...[...initial].filter((f) => !f.startsWith('assets/')),
  ];
  return files
    .map((file) => {
      const content = readFileSync(join(distDir, file));
      return { file, name: chunkName(file), bytes: content.length, gzip: gzipSync(content).length, initial: initial.has(file) };
    })
    .sort((a, b) => Number(b.initial) - Number(a.initial) || b.gzip - a.gzip)
    .map((chunk, _, all) => ({ ...chunk, key: chunkKey(chunk, all) }));
}

/**
 * `name (initial)` or `name (lazy)`, and when two chunks still share that, numbered by size (`react.js (initial) #2`
 * is the smaller of two). `all` is sorted as chunkSizes sorts it.
 */
function chunkKey(chunk, all) {
  const key = `${chunk.name} (${chunk.initial ? 'initial' : 'lazy'})`;
  const rank = all.filter((c) => c.name === chunk.name && c.initial === chunk.initial).indexOf(chunk) + 1;
  return rank === 1 ? key : `${key} #${rank}`;
}

export function newestMtime(paths) {
  let newest = 0;
  const walk = (p) => {
    const s = statSync(p, { throwIfNoEntry: false });
    if (!s) return;
    if (s.isDirectory()) readdirSync(p).forEach((c) => walk(join(p, c)));
    else newest = Math.max(newest, s.mtimeMs);
  };
  paths.forEach(walk);
  return newest;
}
