// Times buildPlanPdf on the max-length full plan (median of 5 runs) and prints the PDF size.
// Run with: npm run bench:pdf   (writes the PDF to /tmp/bench-plan.pdf so it can be inspected)
import { writeFileSync } from 'node:fs';
import { buildPlanPdf } from '../src/pdf/build-plan-pdf';
import { maxLengthPlanData, samplePlanData } from '../tests/fixtures/plan-documents';
import { loadFontsFromDisk } from '../src/pdf/fonts/load-fonts-from-disk';

const RUNS = 5;

async function bench(name: string, makeData: typeof samplePlanData) {
  const times: number[] = [];
  let last;
  // One warm-up run so module loading is not counted.
  await buildPlanPdf(makeData(), { loadFonts: loadFontsFromDisk });
  for (let i = 0; i < RUNS; i++) {
    const data = makeData();
    const start = performance.now();
    last = await buildPlanPdf(data, { loadFonts: loadFontsFromDisk });
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(RUNS / 2)]!;
  console.log(
    `${name}: median ${median.toFixed(0)} ms over ${RUNS} runs (min ${times[0]!.toFixed(0)}, max ${times[RUNS - 1]!.toFixed(0)}), ` +
      `${last!.pageCount} pages, ${(last!.bytes.length / 1024).toFixed(0)} KiB`,
  );
  return last!;
}

await bench('sample plan', samplePlanData);
const max = await bench('max-length plan', maxLengthPlanData);
writeFileSync('/tmp/bench-plan.pdf', max.bytes);
