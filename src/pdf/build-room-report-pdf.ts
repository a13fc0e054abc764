/**
 * Builds the facilitator room's combined report as a PDF: who took part, the consensus, the most
 * disputed items, and the spread of ratings per step and per item. A pure function of plain data
 * (no React, no store), drawn with the same writer, fonts and page furniture as the plan.
 */
import { ratingLabel, LEVELS, NOT_SURE, type Rating } from '../content/levels';
import { sourcePageText, sourceSubtitle, sourceTitle } from '../content/sources';
import { formatDay } from '../i18n/format';
import { fill, messagesOf } from '../i18n/i18n';
import type { ConsensusReadiness, ItemSpread, RoomSummary } from '../scoring/room-combine';
import { MOST_DISPUTED_COUNT, disagreementRuleText, rangeLabel } from '../scoring/room-combine';
import { levelLabel, ruleText } from '../scoring/readiness';
import type { ParticipantRatings } from '../store/room-slice';
import type { FontLoader } from './fonts/font-files';
import { roomReportFileName } from '../lib/file-name';
import { COLOR, CONTENT_WIDTH, SIZE } from './layout';
import { finishPdf, startPdf, type BuiltPdfFile } from './pdf-tools';
import { roomReportPdfMessages } from './room-report.messages';
import { drawPageFurniture } from './sections/page-furniture';

export interface RoomReportData {
  /** ISO date-time the report was made (document properties). */
  generatedAt: string;
  /** The workshop's date, YYYY-MM-DD in the facilitator's time zone (an evening session is not "tomorrow"). */
  date: string;
  participants: readonly { name: string; team: string; fileName: string }[];
  summary: RoomSummary;
  consensus: ParticipantRatings;
  consensusReadiness: ConsensusReadiness;
}

export type BuiltRoomReportPdf = BuiltPdfFile;

function consensusLabel(consensus: ParticipantRatings, item: ItemSpread): string {
  const rating: Rating | undefined = consensus[item.stepId]?.[item.itemId];
  return rating ? ratingLabel(rating) : '—';
}

function spreadCells(item: ItemSpread): string[] {
  return [...LEVELS.map((l) => String(item.counts[l])), String(item.notSure), String(item.notAnswered)];
}

export async function buildRoomReportPdf(
  data: RoomReportData,
  options: { loadFonts?: FontLoader } = {},
): Promise<BuiltRoomReportPdf> {
  const t = messagesOf(roomReportPdfMessages);
  const { date, summary, consensusReadiness } = data;
  const count = data.participants.length;
  const who = t.participants(count);
  const day = formatDay(date);
  const levelHeads = LEVELS.map((l) => ratingLabel(l));
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
    fill(t.consensusSummary(consensusReadiness.itemCount), {
      agreed: consensusReadiness.agreedCount,
      level: levelLabel(consensusReadiness.overall),
    }),
    { spaceAfter: 8 },
  );
  w.table(
    [t.consensusColumns.step, t.consensusColumns.agreed, t.consensusColumns.level],
    consensusReadiness.steps.map((s) => [
      `${s.stepNumber}. ${s.title}`,
      t.agreedOf({ agreed: s.agreed, total: s.items }),
      levelLabel(s.level),
    ]),
    { columnStyles: { 0: { cellWidth: CONTENT_WIDTH * 0.55 } } },
  );

  // Most disputed.
  w.sectionTitle(t.disputedTitle, { newPage: false, minSpace: 260 });
  w.bullets(disagreementRuleText(), { size: SIZE.small });
  const disputed = summary.mostDisputed.slice(0, MOST_DISPUTED_COUNT);
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
      disputed.map((item) => [item.itemNumber, item.statement, rangeLabel(item), String(item.distance), consensusLabel(data.consensus, item)]),
      { columnStyles: { 0: { cellWidth: 34 }, 1: { cellWidth: CONTENT_WIDTH * 0.48 } } },
    );

  // Spread of the step roll-ups.
  w.sectionTitle(t.stepSpreadTitle, { newPage: false, minSpace: 220 });
  w.text(t.stepSpreadIntro, { spaceAfter: 8 });
  w.table(
    [t.stepSpreadColumns.step, ...levelHeads, t.stepSpreadColumns.notEnough, t.stepSpreadColumns.range],
    summary.steps.map((s) => [
      `${s.stepNumber}. ${s.title}`,
      ...LEVELS.map((l) => String(s.counts[l])),
      String(s.notJudged),
      rangeLabel(s),
    ]),
    {
      headStyles: { fontSize: 7 },
      columnStyles: { 1: { cellWidth: 38 }, 2: { cellWidth: 58 }, 3: { cellWidth: 54 }, 4: { cellWidth: 38 }, 5: { cellWidth: 56 }, 6: { cellWidth: 110 } },
    },
  );

  // Spread per item, one table per step, header row repeated when a table runs over a page.
  const columns = t.itemColumns;
  w.sectionTitle(t.itemSpreadTitle);
  for (const step of summary.steps) {
    w.heading(t.stepHeading({ number: step.stepNumber, title: step.title }), 2, 80);
    w.table(
      [columns.item, columns.statement, ...levelHeads, ratingLabel(NOT_SURE), columns.noAnswer, columns.consensus],
      summary.items
        .filter((item) => item.stepId === step.stepId)
        .map((item) => [item.itemNumber, item.statement, ...spreadCells(item), consensusLabel(data.consensus, item)]),
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
  w.bullets(ruleText(), { size: SIZE.small });
  w.heading(t.sourceTitle, 2, 40);
  w.text(sourceTitle(), { bold: true, spaceAfter: 2 });
  w.text(sourceSubtitle(), { color: COLOR.muted, spaceAfter: 4 });
  w.text(t.sourceNote({ page: sourcePageText('steps') }), { size: SIZE.small });

  drawPageFurniture(w, t.header({ participants: who }), t.title);

  return finishPdf(w, roomReportFileName(date));
}
