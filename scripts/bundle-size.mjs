// Gzip sizes of a production build: what index.html loads up front (initial) and everything else (lazy).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** 110 kB = 110,000 bytes of gzip, the same unit `vite build` prints. */
export const INITIAL_BUDGET_BYTES = 110_000;

export const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** Every JS and CSS file index.html loads: module scripts, modulepreload and (enabled) stylesheet links. */
export function initialFiles(distDir) {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const refs = new Set();
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if (!url || /^(https?:)?\/\//.test(url)) continue;
    if (/\sdisabled\b/.test(tag)) continue; // there for Vite's loader only, never fetched (vite.config.ts)
    const isScript = tag.startsWith('<script');
    const rel = /\brel="([^"]+)"/.exec(tag)?.[1] ?? '';
    if (isScript || rel === 'modulepreload' || rel === 'stylesheet') refs.add(url.replace(/^\//, ''));
  }
  return [...refs].filter((f) => /\.(m?js|css)$/.test(f));
}

/**
 * The script and stylesheet index.html carries inline (vite.config.ts), named after the files they come from
 * (src/app/start-page-early.js; the entry's stylesheet, which the build keeps as a file, linked disabled), so the
 * budget and the baseline count them as before.
 */
export function inlineBlocks(distDir) {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const stylesheet = /<link rel="stylesheet" href="\/(assets\/[^"]+\.css)" disabled>/.exec(html)?.[1];
  return [
    ...[...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(([, text]) => ({ name: 'start-page-early.js', text })),
    ...[...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, text]) => ({ name: stylesheet ? chunkName(stylesheet) : 'inline.css', text })),
  ];
}

/** Strip the content hash so a chunk keeps its name from build to build: assets/index-AbC123.js -> index.js */
export const chunkName = (file) => file.replace(/^assets\//, '').replace(/-[\w-]{8}(?=\.\w+$)/, '');

/** [{ file, name, bytes, gzip, initial }] for every JS and CSS file in dist/assets and each inline block, largest first. */
export function chunkSizes(distDir) {
  const initial = new Set(initialFiles(distDir));
  const inline = inlineBlocks(distDir);
  const inlined = new Set(inline.map((block) => block.name));
  const files = readdirSync(join(distDir, 'assets'))
    .filter((f) => /\.(m?js|css)$/.test(f))
    .map((f) => `assets/${f}`)
    .filter((file) => initial.has(file) || !inlined.has(chunkName(file))) // an inlined file is counted inline
    .map((file) => ({ file, name: chunkName(file), content: readFileSync(join(distDir, file)), initial: initial.has(file) }));
  const blocks = inline.map(({ name, text }) => ({ file: `index.html, inline ${name}`, name, content: Buffer.from(text), initial: true }));
  return [...files, ...blocks]
    .map(({ file, name, content, initial }) => ({ file, name, bytes: content.length, gzip: gzipSync(content).length, initial }))
    .sort((a, b) => Number(b.initial) - Number(a.initial) || b.gzip - a.gzip);
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
