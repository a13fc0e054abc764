/** "Progress since <date>": baseline against now, as paired vector bars, a sentence and a table (issue 14). */
import { LEVELS, ratingLabel, type Level } from '../../content/levels';
import { messagesOf } from '../../i18n/i18n';
import { COLOR, CONTENT_WIDTH, PAGE, SIZE, type PdfWriter } from '../layout';
import { longDate } from '../format';
import type { PlanDocumentData, ProgressDocument } from '../plan-document';
import { pdfProgressMessages } from '../progress.messages';
import { toPrintable } from '../printable-text';

const LABEL_WIDTH = 125;
const PAIR_WIDTH = 115;
/** Small enough that the four level names fit their columns in either language. */
const SCALE_SIZE = 7;
const ROW = 40;
const BAR = 11;

export function drawProgress(w: PdfWriter, data: PlanDocumentData): void {
  const progress = data.progress;
  if (!progress) return;
  const t = messagesOf(pdfProgressMessages);
  w.sectionTitle(t.title({ date: longDate(progress.sinceDate) }));
  w.text(progress.summary, { spaceAfter: 10 });
  w.text(t.intro, { color: COLOR.muted, size: SIZE.small, spaceAfter: 10 });
  drawPairs(w, [
    ...progress.steps.map((s) => ({ ...s, label: `${s.number}. ${s.title}` })),
    { label: t.overall, ...progress.overall },
  ]);

  w.heading(t.movedHeading);
  if (progress.movedItems.length === 0) {
    w.text(t.movedNone, { color: COLOR.muted });
  } else {
    w.table(
      [t.columns.item, t.columns.step, t.columns.from, t.columns.to, t.columns.change],
      progress.movedItems.map((m) => [m.statement, m.stepTitle, m.fromLabel, m.toLabel, m.direction === 'up' ? t.up : t.down]),
      { columnStyles: { 0: { cellWidth: CONTENT_WIDTH * 0.42 } } },
    );
  }
  if (progress.notes.length > 0) {
    w.heading(t.notesHeading, 3);
    w.bullets(progress.notes);
  }
}

type PairRow = { label: string } & Pick<ProgressDocument['overall'], 'baselineLevel' | 'currentLevel' | 'baselineLabel' | 'currentLabel'>;

/** Two thin bars per row, drawn as vector shapes: the baseline hatched, now solid; the levels in words beside. */
function drawPairs(w: PdfWriter, rows: PairRow[]): void {
  const { doc } = w;
  const t = messagesOf(pdfProgressMessages);
  const plotLeft = PAGE.left + LABEL_WIDTH + 8;
  const plotWidth = PAGE.right - plotLeft - PAIR_WIDTH - 8;
  const column = plotWidth / LEVELS.length;
  const barWidth = (level: Level | null) => (level ? column * (LEVELS.indexOf(level) + 1) : 0);
  w.ensureSpace(20 + Math.min(rows.length, 4) * ROW);
  let top = w.y;
  const heading = () => {
    w.font(SCALE_SIZE, false, COLOR.muted);
    LEVELS.forEach((level, i) => {
      doc.text(ratingLabel(level), plotLeft + column * (i + 0.5), top, { baseline: 'top', align: 'center' });
    });
    top += 16;
  };
  heading();
  for (const row of rows) {
    if (top + ROW > PAGE.bottom) {
      w.newPage();
      top = w.y;
      heading();
    }
    w.font(SIZE.small, false, COLOR.ink);
    // Up to three lines fit the row; step titles need at most that at this width.
    const lines = w.wrap(toPrintable(row.label), LABEL_WIDTH).slice(0, 3);
    lines.forEach((line, i) => doc.text(line, PAGE.left, top + 4 + i * w.lineHeight(SIZE.small), { baseline: 'top' }));
    // Tracks, so an empty bar (too few ratings) still shows where it would be.
    doc.setDrawColor(...COLOR.rule);
    doc.setLineWidth(0.5);
    doc.rect(plotLeft, top + 4, plotWidth, BAR, 'S');
    doc.rect(plotLeft, top + 8 + BAR, plotWidth, BAR, 'S');
    // Baseline: hatched lines inside its width.
    const bw = barWidth(row.baselineLevel);
    doc.setDrawColor(...COLOR.muted);
    doc.setLineWidth(0.8);
    for (let x = 3; x < bw; x += 4) doc.line(plotLeft + x, top + 4 + BAR, plotLeft + Math.min(x + BAR * 0.5, bw), top + 4);
    if (bw > 0) doc.rect(plotLeft, top + 4, bw, BAR, 'S');
    // Now: solid.
    const cw = barWidth(row.currentLevel);
    doc.setFillColor(...COLOR.accent);
    if (cw > 0) doc.rect(plotLeft, top + 8 + BAR, cw, BAR, 'F');
    w.font(SIZE.small, false, COLOR.ink);
    const textX = PAGE.right - PAIR_WIDTH;
    doc.text(toPrintable(t.baselineLine({ level: row.baselineLabel })), textX, top + 4, { baseline: 'top' });
    w.font(SIZE.small, true, COLOR.ink);
    doc.text(toPrintable(t.nowLine({ level: row.currentLabel })), textX, top + 8 + BAR, { baseline: 'top' });
    top += ROW;
  }
  w.y = top + 8;
}
