/**
 * The timeline chart: milestones (diamonds) and action rows (bars from start to due date) on one time axis,
 * drawn with jsPDF's vector primitives. Every row is labelled in words; undated rows say so.
 */
import { currentLocaleTag } from '../../i18n/locale';
import { messagesOf } from '../../i18n/i18n';
import { pdfBoardMessages } from '../board.messages';
import { COLOR, PAGE, SIZE, type PdfWriter } from '../layout';
import type { TimelineDocument } from '../plan-document';
import { toPrintable } from '../printable-text';

type Entry = TimelineDocument['entries'][number];

const LABEL_WIDTH = 200;
const ROW = 12.5;
const AXIS = 26;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const toTime = (iso: string) => {
  const m = DAY.exec(iso);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null;
};

/** The rows a chart of at most `maxRows` shows: every milestone, then actions by date, in date order. */
export function timelineRows(entries: readonly Entry[], maxRows: number): { rows: Entry[]; hiddenActions: number } {
  const milestones = entries.filter((e) => e.kind === 'milestone');
  const actions = entries.filter((e) => e.kind === 'action');
  const room = Math.max(0, maxRows - milestones.length);
  const shown = new Set([...milestones, ...actions.slice(0, room)]);
  return { rows: entries.filter((e) => shown.has(e)), hiddenActions: Math.max(0, actions.length - room) };
}

/** Month starts between `from` and `to`, every `step` months. */
function ticks(from: number, to: number): number[] {
  const start = new Date(from);
  const months = (new Date(to).getUTCFullYear() - start.getUTCFullYear()) * 12 + new Date(to).getUTCMonth() - start.getUTCMonth();
  const step = months <= 14 ? 1 : months <= 30 ? 3 : 6;
  const out: number[] = [];
  for (let m = 0; m <= months + 1; m += step) out.push(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + m, 1));
  return out;
}

/** The height the chart takes on one page (capped at a page), so a heading can keep with it. */
export function timelineChartHeight(entries: readonly Entry[], maxRows = 60): number {
  const { rows } = timelineRows(entries, maxRows);
  return Math.min(PAGE.bottom - PAGE.top - 40, AXIS + ROW * rows.length + 36);
}

export function drawTimelineChart(w: PdfWriter, entries: readonly Entry[], maxRows = 60): void {
  const t = messagesOf(pdfBoardMessages);
  const { rows, hiddenActions } = timelineRows(entries, maxRows);
  const times = rows.flatMap((e) => [toTime(e.start), toTime(e.date)]).filter((x): x is number => x !== null);
  if (rows.length === 0 || times.length === 0) {
    w.text(t.timelineNone, { color: COLOR.muted });
    return;
  }
  const first = new Date(Math.min(...times));
  const from = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1);
  const marks = ticks(from, Math.max(...times));
  const to = marks[marks.length - 1]!;
  const plotLeft = PAGE.left + LABEL_WIDTH + 8;
  const plotWidth = PAGE.right - plotLeft - 4;
  const x = (time: number) => plotLeft + ((time - from) / (to - from || 1)) * plotWidth;
  const month = new Intl.DateTimeFormat(currentLocaleTag(), { month: 'short', year: '2-digit', timeZone: 'UTC' });

  // The chart splits between pages only at a row; each page repeats the axis.
  let index = 0;
  while (index < rows.length) {
    // The whole chart on one page when it fits one; else at least four rows before a break.
    const whole = AXIS + ROW * (rows.length - index) + 36;
    w.ensureSpace(whole <= PAGE.bottom - PAGE.top ? whole : AXIS + ROW * Math.min(4, rows.length - index));
    const top = w.y;
    const fit = Math.max(1, Math.floor((PAGE.bottom - top - AXIS - 20) / ROW));
    const page = rows.slice(index, index + fit);
    drawAxis(w, marks, x, top, page.length, month);
    page.forEach((entry, i) => drawRow(w, entry, top + AXIS + i * ROW, x, plotLeft));
    index += page.length;
    w.y = top + AXIS + page.length * ROW + 8;
  }
  drawLegend(w);
  if (hiddenActions > 0) w.text(t.timelineMore(hiddenActions), { size: SIZE.small, color: COLOR.muted });
}

function drawAxis(w: PdfWriter, marks: number[], x: (t: number) => number, top: number, rows: number, month: Intl.DateTimeFormat) {
  const { doc } = w;
  const bottom = top + AXIS + rows * ROW;
  w.font(7, false, COLOR.muted);
  doc.setDrawColor(...COLOR.rule);
  doc.setLineWidth(0.4);
  let lastRight = -Infinity;
  for (const mark of marks) {
    const at = x(mark);
    doc.line(at, top + AXIS - 6, at, bottom);
    const label = month.format(mark);
    const width = doc.getTextWidth(label);
    if (at - width / 2 > lastRight + 2 && at + width / 2 <= PAGE.right) {
      doc.text(label, at, top + 8, { baseline: 'top', align: 'center' });
      lastRight = at + width / 2;
    }
  }
  doc.setDrawColor(...COLOR.accent);
  doc.line(x(marks[0]!), top + AXIS - 6, x(marks[marks.length - 1]!), top + AXIS - 6);
}

function drawRow(w: PdfWriter, entry: Entry, rowTop: number, x: (t: number) => number, plotLeft: number) {
  const { doc } = w;
  const milestone = entry.kind === 'milestone';
  w.font(7.5, milestone, COLOR.ink);
  const label = w.wrap(toPrintable(entry.label), LABEL_WIDTH)[0] ?? '';
  // A label longer than its column ends with an ellipsis after its last whole word.
  const cut = label.length < toPrintable(entry.label).trim().length ? `${label.replace(/\s+\S*$/, '')}…` : label;
  doc.text(cut, PAGE.left, rowTop + ROW / 2, { baseline: 'middle' });
  const mid = rowTop + ROW / 2;
  const end = toTime(entry.date);
  const start = toTime(entry.start);
  if (end === null && start === null) {
    w.font(7, false, COLOR.muted);
    doc.text(messagesOf(pdfBoardMessages).undated, plotLeft + 2, mid, { baseline: 'middle' });
    return;
  }
  if (milestone) {
    const cx = x(end ?? start!);
    doc.setFillColor(...COLOR.accent);
    doc.lines([[4, 4], [-4, 4], [-4, -4], [4, -4]], cx, mid - 4, [1, 1], 'F', true);
    return;
  }
  const a = x(start ?? end!);
  const b = x(end ?? start!);
  doc.setFillColor(96, 138, 184);
  doc.rect(Math.min(a, b), mid - 3, Math.max(2.5, Math.abs(b - a)), 6, 'F');
}

function drawLegend(w: PdfWriter) {
  const { doc } = w;
  const t = messagesOf(pdfBoardMessages).timelineLegend;
  w.ensureSpace(16);
  const y = w.y + 4;
  doc.setFillColor(...COLOR.accent);
  doc.lines([[4, 4], [-4, 4], [-4, -4], [4, -4]], PAGE.left + 4, y - 4, [1, 1], 'F', true);
  w.font(SIZE.small, false, COLOR.ink);
  doc.text(t.milestone, PAGE.left + 14, y, { baseline: 'middle' });
  const after = PAGE.left + 14 + doc.getTextWidth(t.milestone) + 18;
  doc.setFillColor(96, 138, 184);
  doc.rect(after, y - 3, 16, 6, 'F');
  doc.text(t.action, after + 22, y, { baseline: 'middle' });
  w.y = y + 14;
}
