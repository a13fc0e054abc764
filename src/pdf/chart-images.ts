/**
 * The readiness and timeline charts as PNG images for the Word file, drawn on an OffscreenCanvas (in the worker
 * or on the page). Where there is no canvas (the unit tests' Node), they are left out: the Word file has the same
 * figures as tables either way.
 */
import { LEVELS, ratingLabel, type Level } from '../content/levels';
import { currentLocaleTag } from '../i18n/locale';
import type { PlanDocumentData, TimelineDocument } from './plan-document';

export interface ChartImage {
  png: Uint8Array;
  /** Size to show it at, in pixels at 96 dpi (Word's unit for images). */
  width: number;
  height: number;
}

const SCALE = 2;
const INK = '#1f2933';
const MUTED = '#52606d';
const RULE = '#cbd5e1';
const ACCENT = '#1e3a5f';
const ACTION = '#608ab8';
const SHADE: Record<Level, string> = { early: '#93b1d1', developing: '#608ab8', prepared: '#346396', model: '#1e3a5f' };
const FONT = 'Arial, Helvetica, sans-serif';

type Context = OffscreenCanvasRenderingContext2D;

async function draw(width: number, height: number, paint: (g: Context) => void): Promise<ChartImage | null> {
  if (typeof OffscreenCanvas === 'undefined') return null;
  try {
    const canvas = new OffscreenCanvas(width * SCALE, height * SCALE);
    const g = canvas.getContext('2d');
    if (!g) return null;
    g.scale(SCALE, SCALE);
    g.fillStyle = '#ffffff';
    g.fillRect(0, 0, width, height);
    g.textBaseline = 'middle';
    paint(g);
    const blob = await canvas.convertToBlob({ type: 'image/png' });
    return { png: new Uint8Array(await blob.arrayBuffer()), width, height };
  } catch {
    return null;
  }
}

/** Shortens `text` to fit `width`, ending at a word with an ellipsis. */
function fit(g: Context, text: string, width: number): string {
  if (g.measureText(text).width <= width) return text;
  const words = text.split(' ');
  while (words.length > 1 && g.measureText(`${words.join(' ')}…`).width > width) words.pop();
  return `${words.join(' ')}…`;
}

export function readinessChartImage(scores: PlanDocumentData['stepScores']): Promise<ChartImage | null> {
  const width = 620;
  const labelWidth = 220;
  const row = 30;
  const height = 30 + scores.length * row + 6;
  return draw(width, height, (g) => {
    const plotLeft = labelWidth + 10;
    const column = (width - plotLeft - 4) / LEVELS.length;
    g.font = `bold 11px ${FONT}`;
    g.fillStyle = MUTED;
    g.textAlign = 'center';
    LEVELS.forEach((level, i) => g.fillText(ratingLabel(level), plotLeft + column * (i + 0.5), 12));
    g.strokeStyle = RULE;
    for (let i = 0; i <= LEVELS.length; i++) {
      g.beginPath();
      g.moveTo(plotLeft + column * i, 24);
      g.lineTo(plotLeft + column * i, height - 6);
      g.stroke();
    }
    scores.forEach((score, r) => {
      const mid = 30 + r * row + row / 2;
      g.textAlign = 'left';
      g.font = `12px ${FONT}`;
      g.fillStyle = INK;
      g.fillText(fit(g, `${score.number}. ${score.title}`, labelWidth), 0, mid);
      if (score.level === null) {
        g.fillStyle = MUTED;
        g.fillText(score.levelLabel, plotLeft + 6, mid);
        return;
      }
      const reached = LEVELS.indexOf(score.level) + 1;
      g.fillStyle = SHADE[score.level];
      g.fillRect(plotLeft + 1, mid - 9, column * reached - 2, 18);
      g.fillStyle = score.level === 'early' ? INK : '#ffffff';
      g.font = `bold 11px ${FONT}`;
      g.fillText(ratingLabel(score.level), plotLeft + 8, mid);
    });
  });
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const toTime = (iso: string) => {
  const m = DAY.exec(iso);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null;
};

export function timelineChartImage(entries: TimelineDocument['entries']): Promise<ChartImage | null> {
  const dated = entries.filter((e) => toTime(e.date) !== null || toTime(e.start) !== null);
  const times = dated.flatMap((e) => [toTime(e.start), toTime(e.date)]).filter((t): t is number => t !== null);
  if (times.length === 0) return Promise.resolve(null);
  const width = 620;
  const labelWidth = 230;
  const row = 18;
  const height = 30 + dated.length * row + 6;
  const first = new Date(Math.min(...times));
  const from = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1);
  const last = new Date(Math.max(...times));
  const to = Date.UTC(last.getUTCFullYear(), last.getUTCMonth() + 1, 1);
  const months = Math.round((to - from) / (30.44 * 864e5));
  const step = months <= 14 ? 1 : months <= 30 ? 3 : 6;
  const month = new Intl.DateTimeFormat(currentLocaleTag(), { month: 'short', year: '2-digit', timeZone: 'UTC' });
  return draw(width, height, (g) => {
    const plotLeft = labelWidth + 10;
    const x = (t: number) => plotLeft + ((t - from) / (to - from)) * (width - plotLeft - 8);
    g.strokeStyle = RULE;
    g.fillStyle = MUTED;
    g.font = `10px ${FONT}`;
    g.textAlign = 'center';
    for (let m = 0; m <= months; m += step) {
      const t = Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + m, 1);
      g.beginPath();
      g.moveTo(x(t), 22);
      g.lineTo(x(t), height - 4);
      g.stroke();
      g.fillText(month.format(t), x(t), 10);
    }
    dated.forEach((entry, r) => {
      const mid = 30 + r * row + row / 2;
      const milestone = entry.kind === 'milestone';
      g.textAlign = 'left';
      g.font = `${milestone ? 'bold ' : ''}11px ${FONT}`;
      g.fillStyle = INK;
      g.fillText(fit(g, entry.label, labelWidth), 0, mid);
      const end = toTime(entry.date) ?? toTime(entry.start)!;
      const start = toTime(entry.start) ?? end;
      if (milestone) {
        g.fillStyle = ACCENT;
        g.beginPath();
        g.moveTo(x(end), mid - 6);
        g.lineTo(x(end) + 6, mid);
        g.lineTo(x(end), mid + 6);
        g.lineTo(x(end) - 6, mid);
        g.closePath();
        g.fill();
      } else {
        g.fillStyle = ACTION;
        g.fillRect(x(start), mid - 4, Math.max(3, x(end) - x(start)), 8);
      }
    });
  });
}
