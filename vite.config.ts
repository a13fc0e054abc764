/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, defineConfig, minify, type Plugin, type Rollup } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { HEADER_ONLY_DIRECTIVES, OTHER_HEADERS, contentSecurityPolicy } from './csp.ts';

/**
 * The built app may load and connect to its own origin only (issue #5: no request to any other origin).
 * Added at build time only: the dev server injects inline styles and an HMR websocket that this
 * policy would block. Runs after the start page's prerender, which inlines the early script and the stylesheet:
 * the policy allows exactly the inline blocks index.html has, by hash. Hosts should send the same policy as a
 * header; the build writes it, with this build's hashes, to dist/_headers (README, "Privacy and hosting").
 */
function contentSecurityPolicyPlugin(): Plugin {
  let headers = '';
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => {
        const policy = contentSecurityPolicy({
          scripts: [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((block) => block[1] ?? ''),
          styles: [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((block) => block[1] ?? ''),
        });
        headers = [
          "# Written by the build (vite.config.ts): the policy in index.html's <meta>, with the hashes of this build's",
          '# inline script and stylesheet, and what only a header can do. Netlify and Cloudflare Pages read this file.',
          '/*',
          `  Content-Security-Policy: ${policy}; ${HEADER_ONLY_DIRECTIVES}`,
          ...OTHER_HEADERS.map((header) => `  ${header}`),
          '',
        ].join('\n');
        return [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }];
      },
    },
    writeBundle(options) {
      writeFileSync(join(options.dir ?? 'dist', '_headers'), headers);
    },
  };
}

/**
 * Works offline after one visit (issue #6): facilitators run workshops on bad Wi-Fi. vite-plugin-pwa
 * generates a Workbox service worker that precaches the whole build, including the lazily loaded
 * chunks and the PDF fonts, and writes the web app manifest. Registration is ours, loaded after the
 * first render (src/features/offline/register-service-worker.ts), so the initial load does not grow.
 */
const offline = VitePWA({
  strategies: 'generateSW',
  registerType: 'prompt', // never reload by itself: the user chooses "Reload to update"
  injectRegister: false,
  filename: 'sw.js',
  manifestFilename: 'manifest.webmanifest',
  includeManifestIcons: false, // the glob below already takes public/icons; true would list them twice
  manifest: {
    name: 'STEM Teacher Leadership Planner',
    short_name: 'STEM Planner',
    description: 'Plan a STEM teacher leadership program in seven steps: rate readiness, find gaps, export a plan.',
    id: '/',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: '#1d4f73', // --brand in styles.css
    background_color: '#f4f6f8', // --wash
    lang: 'en',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    // Globs, not a list: chunks added later (other branches, new lazy screens) are precached too.
    // The plugin adds manifest.webmanifest itself; a glob for it here would list it twice.
    globPatterns: ['**/*.{js,mjs,css,html,ttf,woff2,svg,png,ico,json}'],
    // The default 2 MiB limit covers the largest files (jsPDF 400 kB, each DejaVu font 176 kB); the
    // plugin fails the build if a file ever exceeds it, so nothing is silently left uncached.
    navigateFallback: 'index.html',
    // One self-contained sw.js: no importScripts of a Workbox copy, and never a CDN.
    inlineWorkboxRuntime: true,
    cleanupOutdatedCaches: true,
    sourcemap: false,
  },
  devOptions: { enabled: false },
});

/**
 * The start page, as a first-time visitor sees it in English, rendered into index.html at build time (issue 15:
 * first paint no later than a bare form's), and the first form beside it in a <template>.
 * src/app/start-page-early.js, blocking in <head>, hides the start page when it is not the right first screen,
 * shows the first form when a start button is clicked early and holds other early clicks; main.tsx hydrates the
 * start page or takes over the form. docs/decisions/0012-….
 */
function prerenderStartPage(): Plugin {
  return {
    name: 'prerender-start-page',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: async (html, { bundle }) => {
        const formChunks = bundle ? firstFormChunks(bundle) : [];
        const server = await createServer({
          configFile: false,
          logLevel: 'error',
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, watch: null },
          optimizeDeps: { noDiscovery: true, include: [] }, // Node imports the dependencies directly
          resolve: { alias: jspdfAliases },
        });
        try {
          const { renderStartPage, renderFirstForm } = (await server.ssrLoadModule('/src/app/prerender.tsx')) as typeof import('./src/app/prerender');
          const root = '<div id="root"></div>';
          if (!html.includes(root)) throw new Error('index.html has no empty <div id="root"></div> to prerender into.');
          // The app's own script starts from the early script, once the start page has painted (see startApp there).
          const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(html);
          if (!entry) throw new Error('index.html has no module script for the app to start from the early script.');
          html = html.replace(entry[0], `<link rel="modulepreload" crossorigin href="${entry[1]}">`);
          html = inlineWhatFirstPaintWaitsFor(html, bundle, [
            // Read by the early script, for a returning visitor as it runs, which is why they come before it.
            `<meta name="first-form-chunks" content="${formChunks.join(' ')}">`,
            `<meta name="app-entry" content="${entry[1]}">`,
            inlineBlock('script', await earlyScript()),
          ]);
          const startPage = renderStartPage(); // first: the first form changes the store's initial state
          const firstForm = `<template id="first-form">${await renderFirstForm()}</template>`;
          // The form's template comes first, so it is there by the time a start button can be clicked.
          return html.replace(root, `${firstForm}<div id="root" data-prerendered="start">${startPage}</div>`);
        } finally {
          await server.close();
        }
      },
    },
  };
}

/** src/app/start-page-early.js as index.html carries it: minified, since every byte is on the first paint's path. */
async function earlyScript(): Promise<string> {
  const file = fileURLToPath(new URL('./src/app/start-page-early.js', import.meta.url));
  const { code, errors } = await minify('start-page-early.js', readFileSync(file, 'utf8'), { compress: true, mangle: true });
  if (errors.length > 0) throw new Error(`src/app/start-page-early.js: ${errors.map((e) => e.message).join('; ')}`);
  return code.trim();
}

/** `<script>` or `<style>` with `text` inside, which must not end the element early. */
function inlineBlock(tag: 'script' | 'style', text: string): string {
  if (new RegExp(`</${tag}`, 'i').test(text)) throw new Error(`Cannot inline a ${tag} that contains "</${tag}".`);
  return `<${tag}>${text}</${tag}>`;
}

/**
 * The early script (it blocks parsing) and the stylesheet (it blocks the first paint) are written into index.html,
 * ahead of the app's module preloads. In a cold-load trace at 4× (docs/decisions/0012-…, fifth round) the
 * stylesheet was asked for only once the early script had run, and its last byte came 260 ms later; with both
 * inline, the start page paints from index.html alone.
 * The stylesheet's file stays in the build, linked `disabled` (never fetched) after the inline copy: Vite's loader
 * for lazy chunks adds a chunk's stylesheets unless the page already links them, and a chunk that imports from the
 * entry lists the entry's. Added again at the end of <head>, it would override the lazy screens' own rules.
 * `early` is the script and what it reads as it runs, in order.
 */
function inlineWhatFirstPaintWaitsFor(html: string, bundle: Rollup.OutputBundle | undefined, early: string[]): string {
  const stylesheets = [...html.matchAll(/\n\s*(<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>)/g)];
  const firstPreload = /\n(\s*)<link rel="modulepreload"/.exec(html);
  if (stylesheets.length === 0 || !firstPreload) throw new Error('index.html has no stylesheet or module preload to order.');
  const styles = stylesheets.flatMap(([line, , fileName = '']) => {
    html = html.replace(line, '');
    const asset = bundle?.[fileName];
    if (asset?.type !== 'asset') throw new Error(`index.html links ${fileName}, which is not in the build.`);
    const css = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
    return [inlineBlock('style', css.trim()), `<link rel="stylesheet" href="/${fileName}" disabled>`];
  });
  const indent = `\n${firstPreload[1]}`;
  const ahead = [...early, ...styles].map((tag) => indent + tag).join('');
  return html.replace(firstPreload[0], () => ahead + firstPreload[0]);
}

/**
 * The script files the forms need beyond the initial load, as addresses. The early script asks for them once the
 * first form's copy is on screen after an early start click, or at once for a visitor with saved answers, instead
 * of when the app's own script has run (docs/decisions/0012-…).
 */
function firstFormChunks(bundle: Rollup.OutputBundle): string[] {
  const chunks = Object.values(bundle).filter((file): file is Rollup.OutputChunk => file.type === 'chunk');
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const entry = chunks.find((chunk) => chunk.isEntry && chunk.facadeModuleId?.endsWith('/index.html'));
  const wizard = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('src/features/wizard/wizard-screens.ts'));
  if (!entry || !wizard) throw new Error('The build has no app entry or wizard chunk to preload the first form from.');
  const loadedAtStart = new Set([entry.fileName, ...entry.imports]);
  const needed = new Set<string>();
  const visit = (fileName: string) => {
    if (loadedAtStart.has(fileName) || needed.has(fileName)) return;
    needed.add(fileName);
    for (const imported of byName.get(fileName)?.imports ?? []) visit(imported);
  };
  visit(wizard.fileName);
  return [...needed].map((fileName) => `/${fileName}`);
}

/** jsPDF's optional dependencies for doc.html() and SVG; the app uses neither (issue 15). */
const JSPDF_UNUSED_OPTIONAL = ['html2canvas', 'dompurify', 'canvg'];
const unusedOptional = fileURLToPath(new URL('./src/lib/jspdf-unused-optional.ts', import.meta.url));

const jspdfAliases = JSPDF_UNUSED_OPTIONAL.map((name) => ({ find: new RegExp(`^${name}$`), replacement: unusedOptional }));

export default defineConfig({
  plugins: [react(), prerenderStartPage(), contentSecurityPolicyPlugin(), offline],
  resolve: { alias: jspdfAliases },
  // The PDF worker loads jsPDF and the builder on demand, which needs module workers (code-splitting).
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./tests/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // Some tests walk all seven stages through jsdom; on a busy 2-core CI machine that can pass 5 s.
    testTimeout: 20_000,
  },
});
