/**
 * Builds the facilitator room's combined report as a PDF: who took part, the consensus, the most
 * disputed items, and the spread of ratings per step and per item. A pure function of plain data
 * (no React, no store), drawn with the same writer, fonts and page furniture as the plan.
 */
import { sourcePageText, sourceSubtitle, sourceTitle } from '../content/sources';
import { formatDay } from '../i18n/format';
import { fill, messagesOf } from '../i18n/i18n';
import type { FontLoader } from './fonts/font-files';
import { roomReportFileName } from '../lib/file-name';
import { COLOR, CONTENT_WIDTH, SIZE } from './layout';
import { finishPdf, startPdf, type BuiltPdfFile } from './pdf-tools';
import { roomReportPdfMessages } from './room-report.messages';
import { drawPageFurniture } from './sections/page-furniture';

/** The room report, already worded by the room screen (features/workshop/room/to-room-report-data.ts). */
export interface RoomReportData {
  /** ISO date-time the report was made (document properties). */
  generatedAt: string;
  /** The workshop's date, YYYY-MM-DD in the facilitator's time zone (an evening session is not "tomorrow"). */
  date: string;
  participants: readonly { name: string; team: string; fileName: string }[];
  /** Column headings: the four levels in order, then "Not sure yet". */
  levelNames: readonly string[];
  notSureName: string;
  consensus: {
    agreed: number;
    itemCount: number;
    overallLabel: string;
    steps: readonly { stepNumber: number; title: string; agreed: number; items: number; levelLabel: string }[];
  };
  disagreementRule: readonly string[];
  /** The most disputed items, most disputed first. */
  disputed: readonly { itemNumber: string; statement: string; range: string; distance: number; consensus: string }[];
  /** Per step: how many participants' roll-ups fell at each level, how many could not be judged, the range. */
  stepSpread: readonly { stepNumber: number; title: string; counts: readonly number[]; notJudged: number; range: string }[];
  /** Per step, per item: counts at each level, Not sure yet, no answer, and the consensus. */
  itemSpread: readonly {
    stepNumber: number;
    title: string;
    items: readonly {
      itemNumber: string;
      statement: string;
      counts: readonly number[];
      notSure: number;
      notAnswered: number;
      consensus: string;
    }[];
  }[];
  levelRule: readonly string[];
}

export type BuiltRoomReportPdf = BuiltPdfFile;

export async function buildRoomReportPdf(
  data: RoomReportData,
  options: { loadFonts?: FontLoader } = {},
): Promise<BuiltRoomReportPdf> {
  const t = messagesOf(roomReportPdfMessages);
  const { date, consensus } = data;
  const count = data.participants.length;
  const who = t.participants(count);
  const day = formatDay(date);
  const levelHeads = data.levelNames;
  const w = await startPdf(
    {
      title: t.documentTitle({ title: t.title, participants: who, date: day }),
      subject: t.subject({ source: sourceTitle() }),
      author: t.author,
      keywords: t.keywords,
      createdAt: data.generatedAt,
    },
    options.loadFonts,
  );

  // Title and who took part.
  w.text(t.title, { size: 22, bold: true, color: COLOR.accent, spaceAfter: 4 });
  w.text(t.subtitle({ participants: who }), { size: SIZE.h3, spaceAfter: 2 });
  w.text(t.madeOn({ date: day, source: sourceTitle() }), { color: COLOR.muted, spaceAfter: 14 });
  w.heading(t.participantsTitle);
  if (count === 0) w.text(t.noParticipants, { color: COLOR.muted });
  else
    w.table(
      [t.participantColumns.number, t.participantColumns.name, t.participantColumns.team, t.participantColumns.file],
      data.participants.map((p, i) => [String(i + 1), p.name, p.team || '—', p.fileName]),
      { columnStyles: { 0: { cellWidth: 24 }, 1: { cellWidth: CONTENT_WIDTH * 0.34 } } },
    );

  // The consensus: the team's answer.
  // Kept whole on one page where it fits: the step table is short.
  w.sectionTitle(t.consensusTitle, { newPage: false, minSpace: 300 });
  w.text(
    // The plural follows the number of items; the rest is filled in after.
    fill(t.consensusSummary(consensus.itemCount), { agreed: consensus.agreed, level: consensus.overallLabel }),
    { spaceAfter: 8 },
  );
  w.table(
    [t.consensusColumns.step, t.consensusColumns.agreed, t.consensusColumns.level],
    consensus.steps.map((s) => [`${s.stepNumber}. ${s.title}`, t.agreedOf({ agreed: s.agreed, total: s.items }), s.levelLabel]),
    { columnStyles: { 0: { cellWidth: CONTENT_WIDTH * 0.55 } } },
  );

  // Most disputed.
  w.sectionTitle(t.disputedTitle, { newPage: false, minSpace: 260 });
  w.bullets(data.disagreementRule, { size: SIZE.small });
  const disputed = data.disputed;
  if (disputed.length === 0) w.text(t.noDisputed, { color: COLOR.muted });
  else
    w.table(
      [
        t.disputedColumns.item,
        t.disputedColumns.statement,
        t.disputedColumns.range,
        t.disputedColumns.levelsApart,
        t.disputedColumns.consensus,
      ],
      disputed.map((item) => [item.itemNumber, item.statement, item.range, String(item.distance), item.consensus]),
      { columnStyles: { 0: { cellWidth: 34 }, 1: { cellWidth: CONTENT_WIDTH * 0.48 } } },
    );

  // Spread of the step roll-ups.
  w.sectionTitle(t.stepSpreadTitle, { newPage: false, minSpace: 220 });
  w.text(t.stepSpreadIntro, { spaceAfter: 8 });
  w.table(
    [t.stepSpreadColumns.step, ...levelHeads, t.stepSpreadColumns.notEnough, t.stepSpreadColumns.range],
    data.stepSpread.map((s) => [`${s.stepNumber}. ${s.title}`, ...s.counts.map(String), String(s.notJudged), s.range]),
    {
      headStyles: { fontSize: 7 },
      columnStyles: { 1: { cellWidth: 38 }, 2: { cellWidth: 58 }, 3: { cellWidth: 54 }, 4: { cellWidth: 38 }, 5: { cellWidth: 56 }, 6: { cellWidth: 110 } },
    },
  );

  // Spread per item, one table per step, header row repeated when a table runs over a page.
  const columns = t.itemColumns;
  w.sectionTitle(t.itemSpreadTitle);
  for (const step of data.itemSpread) {
    w.heading(t.stepHeading({ number: step.stepNumber, title: step.title }), 2, 80);
    w.table(
      [columns.item, columns.statement, ...levelHeads, data.notSureName, columns.noAnswer, columns.consensus],
      step.items.map((item) => [
        item.itemNumber,
        item.statement,
        ...item.counts.map(String),
        String(item.notSure),
        String(item.notAnswered),
        item.consensus,
      ]),
      {
        styles: { fontSize: 7.5, cellPadding: { top: 3, bottom: 3, left: 3, right: 3 } },
        headStyles: { fontSize: 6.5 },
        // Fixed widths for the counts, so "Developing" never breaks mid-word; the statement takes the rest.
        columnStyles: {
          0: { cellWidth: 26 },
          2: { cellWidth: 34 },
          3: { cellWidth: 52 },
          4: { cellWidth: 46 },
          5: { cellWidth: 36 },
          6: { cellWidth: 36 },
          7: { cellWidth: 38 },
          8: { cellWidth: 52 },
        },
      },
    );
  }

  w.sectionTitle(t.rulesTitle, { newPage: false, minSpace: 200 });
  w.bullets(data.levelRule, { size: SIZE.small });
  w.heading(t.sourceTitle, 2, 40);
  w.text(sourceTitle(), { bold: true, spaceAfter: 2 });
  w.text(sourceSubtitle(), { color: COLOR.muted, spaceAfter: 4 });
  w.text(t.sourceNote({ page: sourcePageText('steps') }), { size: SIZE.small });

  drawPageFurniture(w, t.header({ participants: who }), t.title);

  return finishPdf(w, roomReportFileName(date));
}
