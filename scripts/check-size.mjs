// Fails when the JS+CSS that index.html loads up front is over the initial-load budget (README,
// "Performance"). Builds first if dist/ is missing or older than the sources. Compares every chunk with
// scripts/size-baseline.json and names the ones that grew. `--update-baseline` rewrites that file.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INITIAL_BUDGET_BYTES, chunkSizes, kB, newestMtime } from './bundle-size.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const baselinePath = join(root, 'scripts', 'size-baseline.json');
const GROWTH_NOTED_BYTES = 200; // smaller changes are noise from hashes and minifier choices

const sources = ['src', 'index.html', 'public', 'vite.config.ts', 'package-lock.json'].map((p) => join(root, p));
const stale = !existsSync(join(dist, 'index.html')) || newestMtime(sources) > newestMtime([dist]);
if (stale) {
  console.log('dist/ is missing or older than the sources; building…');
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const chunks = chunkSizes(dist);
const initial = chunks.filter((c) => c.initial);
const total = initial.reduce((sum, c) => sum + c.gzip, 0);
const baseline = existsSync(baselinePath) ? JSON.parse(readFileSync(baselinePath, 'utf8')) : { chunks: {} };

const row = (c) => {
  const before = baseline.chunks[c.key]?.gzip;
  const change = before === undefined ? ' (new)' : c.gzip - before > 0 ? ` (+${kB(c.gzip - before)})` : '';
  return `  ${kB(c.gzip).padStart(9)}  ${c.key}${change}`;
};
console.log('Chunk sizes (gzip):');
chunks.forEach((c) => console.log(row(c)));
console.log(`Initial load: ${kB(total)} of ${kB(INITIAL_BUDGET_BYTES)} budget (JS+CSS referenced by index.html)`);

if (process.argv.includes('--update-baseline')) {
  const data = {
    note: 'Gzip bytes per chunk, keyed by name without the content hash, (initial) or (lazy), and a number when that repeats; written by `npm run check:size -- --update-baseline`.',
    initialTotal: total,
    chunks: Object.fromEntries(chunks.map((c) => [c.key, { gzip: c.gzip, initial: c.initial }])),
  };
  writeFileSync(baselinePath, `${JSON.stringify(data, null, 2)}\n`);
  console.log(`Baseline written to ${baselinePath}`);
}

const grown = chunks.filter((c) => {
  const before = baseline.chunks[c.key];
  return before === undefined ? c.initial : c.gzip - before.gzip > GROWTH_NOTED_BYTES;
});
const grownText = grown.length
  ? grown
      .map((c) => {
        const before = baseline.chunks[c.key];
        return before
          ? `${c.key} grew ${kB(before.gzip)} -> ${kB(c.gzip)}`
          : `${c.key} is new in the initial load (${kB(c.gzip)})`;
      })
      .join('; ')
  : 'none against scripts/size-baseline.json';

if (total > INITIAL_BUDGET_BYTES) {
  console.error(
    `\nFAIL: the initial load is ${kB(total)} gzip, over the ${kB(INITIAL_BUDGET_BYTES)} budget by ${kB(total - INITIAL_BUDGET_BYTES)}.\n` +
      `Initial chunks: ${initial.map((c) => `${c.key} ${kB(c.gzip)}`).join(', ')}.\n` +
      `Chunks that grew: ${grownText}.\n` +
      'Load the new code with import() where the start page does not need it (see README, "Performance").',
  );
  process.exit(1);
}
console.log(`PASS: initial load within budget. Chunks that grew: ${grownText}.`);
