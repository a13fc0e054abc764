import { writeFileSync } from 'node:fs';
import { setLocale } from '../src/i18n/i18n';
import { buildPlanPdf } from '../src/pdf/build-plan-pdf';
import { buildBoardSummaryPdf } from '../src/pdf/build-board-summary-pdf';
import { loadFontsFromDisk } from '../src/pdf/fonts/load-fonts-from-disk';
import { maximumPlanData, realisticPlanData } from '../tests/fixtures/plan-parts';
const lang = process.argv[2] ?? 'en';
if (lang === 'es') await setLocale('es' as never);
const opts = { loadFonts: loadFontsFromDisk };
for (const [name, make] of [['real', realisticPlanData], ['max', maximumPlanData]] as const) {
  const full = await buildPlanPdf(make(), opts);
  const board = await buildBoardSummaryPdf(make(), opts);
  writeFileSync(`/tmp/pd/${name}-${lang}-full.pdf`, full.bytes);
  writeFileSync(`/tmp/pd/${name}-${lang}-board.pdf`, board.bytes);
  console.log(name, lang, 'full', full.pageCount, 'board', board.pageCount, full.fileName, board.fileName);
}
