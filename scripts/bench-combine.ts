// Times opening and combining 500 participants' plan files (issues 6 and 13; a full room).
//   Node:    parse 500 files with parsePlanFile, keep names and ratings, combine (spread, ranking, consensus).
//   Browser: the room screen in headless Chromium, from choosing the 500 files to the participants table showing
//            them, with the longest main-thread task on the way (the page reads in slices, so it never freezes).
// Run with: npm run bench:combine   (options: --runs=N --no-build --no-browser)
import { toRoomReportData } from '../src/features/workshop/room/to-room-report-data';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { combineRoom, consensusReadiness } from '../src/scoring/room-combine';
import { participantsFromFiles } from '../src/features/workshop/room/participant-files';
import { sampleParticipantFiles } from '../src/features/workshop/room/sample-room';
import { parsePlanFile } from '../src/store/plan-file';
import { buildRoomReportPdf } from '../src/pdf/build-room-report-pdf';
import { loadFontsFromDisk } from '../src/pdf/fonts/load-fonts-from-disk';

const FILES = 500;
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}`));
const RUNS = Number(arg('runs')?.split('=')[1] ?? 7);

function describe(name: string, times: number[]): void {
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  console.log(`${name}: median ${median.toFixed(1)} ms (range ${sorted[0]!.toFixed(1)}–${sorted[sorted.length - 1]!.toFixed(1)} ms) over ${times.length} runs`);
}

const files = sampleParticipantFiles(FILES);

function nodeRun(): number {
  const encoded = files.map((f) => ({ fileName: f.fileName, content: new TextEncoder().encode(f.text) }));
  const start = performance.now();
  const { added, rejected } = participantsFromFiles(encoded, [], parsePlanFile);
  const summary = combineRoom(added);
  consensusReadiness({});
  const time = performance.now() - start;
  if (added.length !== FILES || rejected.length !== 0 || summary.participantCount !== FILES) throw new Error('combining went wrong');
  return time;
}

nodeRun(); // warm-up: module loading and JIT are not what a facilitator waits for twice
describe(`Node: parse and combine ${FILES} files`, Array.from({ length: RUNS }, nodeRun));

// The room report for the same participants, with a consensus on every item of step 1.
{
  const { added } = participantsFromFiles(files.map((f) => ({ fileName: f.fileName, content: f.text })), [], parsePlanFile);
  const consensus = { needs: { currentVsVision: 'prepared', resourceInventory: 'developing', assetsAndBarriers: 'early', addedValue: 'model' } } as const;
  const data = toRoomReportData({ name: '', participants: added, consensus }, new Date(), new Date().toISOString().slice(0, 10));
  await buildRoomReportPdf(data, { loadFonts: loadFontsFromDisk });
  const times: number[] = [];
  let pdf;
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    pdf = await buildRoomReportPdf(data, { loadFonts: loadFontsFromDisk });
    times.push(performance.now() - start);
  }
  describe(`Room report PDF for ${FILES} participants (${pdf!.pageCount} pages, ${(pdf!.bytes.length / 1024).toFixed(0)} KiB)`, times);
  writeFileSync('/tmp/bench-room-report.pdf', pdf!.bytes);
}

if (!arg('no-browser')) await browserBench();

async function browserBench(): Promise<void> {
  const root = join(import.meta.dirname, '..');
  const { launchBrowser } = (await import('../tests/browser/chromium.mjs')) as {
    launchBrowser: (options?: object) => Promise<import('playwright-core').BrowserContext>;
  };
  if (!arg('no-build')) {
    const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const dir = mkdtempSync(join(tmpdir(), 'stl-bench-room-'));
  const paths = files.map((f) => {
    const path = join(dir, f.fileName);
    writeFileSync(path, f.text);
    return path;
  });
  const port = await new Promise<number>((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  await new Promise<void>((resolve) => server.stdout.on('data', (chunk: Buffer) => String(chunk).includes(String(port)) && resolve()));
  const times: number[] = [];
  const longest: number[] = [];
  try {
    for (let run = 0; run < Math.min(RUNS, 5); run++) {
      const context = await launchBrowser();
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(`http://127.0.0.1:${port}/`);
      await page.getByRole('button', { name: 'Workshop room: individual, then team' }).click();
      const input = page.getByLabel('Plan files saved by participants');
      await input.waitFor();
      // Time inside the page: from the change event to the frame after the table holds every participant.
      await page.evaluate(`(() => {
        window.longest = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (window.t0 !== undefined && entry.startTime >= window.t0) window.longest = Math.max(window.longest, entry.duration);
        }).observe({ type: 'longtask' });
        document.addEventListener('change', () => (window.t0 = performance.now()), { capture: true, once: true });
      })()`);
      await input.setInputFiles(paths);
      // A string, not a function: tsx would wrap a named function in a helper the page does not have.
      const elapsed = (await page.evaluate(`new Promise((resolve) => {
        const check = () => {
          if (document.querySelectorAll('.room-table tbody tr').length >= ${FILES})
            requestAnimationFrame(() => resolve(performance.now() - window.t0));
          else requestAnimationFrame(check);
        };
        check();
      })`)) as number;
      times.push(elapsed);
      longest.push((await page.evaluate('window.longest')) as number);
      await page.getByText(`Added ${FILES} participants.`).waitFor();
      await context.close();
    }
  } finally {
    try {
      process.kill(-server.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  describe(`Chromium: ${FILES} files chosen → participants table shown`, times);
  describe(`Chromium: longest main-thread task begun after the files were chosen`, longest);
}
