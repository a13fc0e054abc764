/** The full plan's timeline: the chart with every row, and the milestones as a table (actions are in the action plan). */
import { messagesOf } from '../../i18n/i18n';
import { pdfBoardMessages } from '../board.messages';
import { longDate } from '../format';
import { COLOR, type PdfWriter } from '../layout';
import type { PlanDocumentData } from '../plan-document';
import { drawTimelineChart, timelineChartHeight } from './timeline-chart';

export function drawTimelineSection(w: PdfWriter, data: PlanDocumentData): void {
  const t = messagesOf(pdfBoardMessages);
  const entries = data.timeline?.entries ?? [];
  // The title, its note and the whole chart start together when the chart fits a page.
  w.sectionTitle(t.timelineSection, { newPage: false, minSpace: entries.length ? timelineChartHeight(entries) + 90 : 120 });
  if (entries.length === 0) {
    w.text(t.timelineNone, { color: COLOR.muted });
    return;
  }
  w.text(t.actionsOnTimeline, { color: COLOR.muted, spaceAfter: 8 });
  drawTimelineChart(w, entries);
  const milestones = entries.filter((e) => e.kind === 'milestone');
  if (milestones.length === 0) return;
  w.heading(t.milestonesTable, 3, 60);
  const c = t.milestoneColumns;
  w.table(
    [c.milestone, c.owner, c.date, c.status],
    milestones.map((m) => [m.label, m.owner, m.date ? longDate(m.date) : t.undated, m.statusLabel]),
    { fit: [{ weight: 4, bold: true }, { weight: 2.5 }, { weight: 1.8, date: true }, { weight: 1.4 }] },
  );
}
