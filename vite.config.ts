/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { createServer, defineConfig, minify, type Plugin, type Rollup } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { CONTENT_SECURITY_POLICY } from './csp.ts';

/**
 * The built app may load and connect to its own origin only (issue #5: no request to any other origin).
 * Added at build time only: the dev server injects inline styles and an HMR websocket that this
 * policy would block. Hosts should also send it as a header; see README, "Privacy and hosting".
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
      ],
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
    // Blocking in <head>, so every byte counts toward the initial load: shipped minified, kept readable here.
    async generateBundle() {
      const file = fileURLToPath(new URL('./src/app/start-page-early.js', import.meta.url));
      const { code, errors } = await minify('start-page-early.js', readFileSync(file, 'utf8'), { compress: true, mangle: true });
      if (errors.length > 0) throw new Error(`src/app/start-page-early.js: ${errors.map((e) => e.message).join('; ')}`);
      this.emitFile({ type: 'asset', fileName: 'start-page-early.js', source: code });
    },
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
          html = requestFirstWhatFirstPaintWaitsFor(html, [
            // Read by the early script, for a returning visitor as it runs, which is why they come before it.
            `<meta name="first-form-chunks" content="${formChunks.join(' ')}">`,
            `<meta name="app-entry" content="${entry[1]}">`,
            '<script src="/start-page-early.js"></script>',
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

/**
 * The early script (it blocks parsing) and the stylesheet (it blocks the first paint) go ahead of the app's
 * module preloads in <head>: the browser asks for files in that order, and over HTTP/1.1 (six connections to a
 * host) a cold-load trace showed both queued behind nine preloads the first paint does not need, the early script
 * answered 350 ms after it was asked for. Before the stylesheet, the early script also no longer waits for it.
 * `early` is the script and what it reads as it runs, in order.
 */
function requestFirstWhatFirstPaintWaitsFor(html: string, early: string[]): string {
  const stylesheets = [...html.matchAll(/\n\s*(<link rel="stylesheet"[^>]*>)/g)];
  const firstPreload = /\n(\s*)<link rel="modulepreload"/.exec(html);
  if (stylesheets.length === 0 || !firstPreload) throw new Error('index.html has no stylesheet or module preload to order.');
  for (const [line] of stylesheets) html = html.replace(line, '');
  const indent = `\n${firstPreload[1]}`;
  const ahead = [...early, ...stylesheets.map(([, link]) => link)].map((tag) => indent + tag).join('');
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
  plugins: [react(), contentSecurityPolicy(), prerenderStartPage(), offline],
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
