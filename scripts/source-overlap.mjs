/**
 * Prints English catalog strings that share a run of N or more words with the source pages, so a reviewer can
 * reword what sits too close to the source (issue 12, §4). Usage: node scripts/source-overlap.mjs [seeds dir] [N=8]
 * Reads every src/**\/*.messages.ts (English); quotes and punctuation are ignored.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The source pages live beside the repository (../shared/seeds), not in it.
const seedsDir = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'seeds');
const n = Number(process.argv[3] ?? 8);

const words = (text) =>
  text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^a-z0-9'\s-]/g, ' ')
    .replace(/-/g, ' ')
    .split(/\s+/)
    .filter(Boolean);

const grams = new Set();
for (const file of readdirSync(seedsDir)) {
  const w = words(readFileSync(join(seedsDir, file), 'utf8'));
  for (let i = 0; i + n <= w.length; i++) grams.add(w.slice(i, i + n).join(' '));
}

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    // content.messages.ts holds the source's own titles, cited word for word on purpose.
    else if (name.endsWith('.messages.ts') && name !== 'content.messages.ts') yield path;
  }
}

let found = 0;
for (const path of walk('src')) {
  const lines = readFileSync(path, 'utf8').split('\n');
  lines.forEach((line, index) => {
    const w = words(line.replace(/\/\*.*?\*\//g, ''));
    const hits = [];
    for (let i = 0; i + n <= w.length; i++) {
      const gram = w.slice(i, i + n).join(' ');
      if (grams.has(gram)) hits.push(gram);
    }
    if (hits.length) {
      found++;
      console.log(`${path}:${index + 1}: ${hits[0]}${hits.length > 1 ? ` (+${hits.length - 1})` : ''}`);
    }
  });
}
console.log(`${found} line(s) share a run of ${n}+ words with the source.`);
