// Times the plan documents (median of 5 runs) on a realistic plan and on a plan with every field at its longest:
// the board summary PDF, the full plan PDF and the Word file. Prints pages and sizes too.
// Run with: npm run bench:pdf   (writes the PDFs and .docx to /tmp/bench-plan-* so they can be inspected)
import { writeFileSync } from 'node:fs';
import { buildBoardSummaryPdf } from '../src/pdf/build-board-summary-pdf';
import { buildPlanDocx } from '../src/pdf/build-plan-docx';
import { buildPlanPdf } from '../src/pdf/build-plan-pdf';
import { loadFontsFromDisk } from '../src/pdf/fonts/load-fonts-from-disk';
import type { PlanDocumentData } from '../src/pdf/plan-document';
import { maximumPlanData, realisticPlanData } from '../tests/fixtures/plan-parts';

const RUNS = 5;
const options = { loadFonts: loadFontsFromDisk };

interface Built {
  bytes: Uint8Array;
  pageCount?: number;
}

async function bench(name: string, file: string, build: () => Promise<Built>) {
  await build(); // warm-up: module loading is not counted
  const times: number[] = [];
  let last: Built | undefined;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    last = await build();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(RUNS / 2)]!;
  const pages = last!.pageCount === undefined ? '' : `${last!.pageCount} pages, `;
  console.log(
    `${name}: median ${median.toFixed(0)} ms over ${RUNS} runs (min ${times[0]!.toFixed(0)}, max ${times[RUNS - 1]!.toFixed(0)}), ` +
      `${pages}${(last!.bytes.length / 1024).toFixed(0)} KiB`,
  );
  writeFileSync(`/tmp/bench-plan-${file}`, last!.bytes);
}

async function plan(label: string, key: string, make: () => PlanDocumentData) {
  await bench(`${label} board summary PDF`, `${key}-board.pdf`, () => buildBoardSummaryPdf(make(), options));
  await bench(`${label} full plan PDF`, `${key}-full.pdf`, () => buildPlanPdf(make(), options));
  await bench(`${label} Word document`, `${key}.docx`, () => buildPlanDocx(make()));
}

await plan('realistic plan:', 'realistic', realisticPlanData);
await plan('maximum-length plan:', 'max', maximumPlanData);
