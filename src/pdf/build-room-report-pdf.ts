/**
 * Builds the facilitator room's combined report as a PDF: who took part, the consensus, the most
 * disputed items, and the spread of ratings per step and per item. A pure function of plain data
 * (no React, no store), drawn with the same writer, fonts and page furniture as the plan.
 */
import { ratingLabel, LEVELS, type Rating } from '../content/levels';
import { sourcePageText, sourceSubtitle, sourceTitle } from '../content/sources';
import type { ConsensusReadiness, ItemSpread, RoomSummary } from '../scoring/room-combine';
import { DISAGREEMENT_RULE_TEXT, MOST_DISPUTED_COUNT, rangeLabel } from '../scoring/room-combine';
import { levelLabel, ruleText } from '../scoring/readiness';
import type { ParticipantRatings } from '../store/room-slice';
import type { FontLoader } from './fonts/font-files';
import { roomReportFileName } from '../lib/file-name';
import { longDate } from './format';
import { COLOR, CONTENT_WIDTH, SIZE } from './layout';
import { finishPdf, startPdf, type BuiltPdfFile } from './pdf-tools';
import { drawPageFurniture } from './sections/page-furniture';

export const ROOM_REPORT_TITLE = 'Workshop Room Report';

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

const LEVEL_HEADS = LEVELS.map((l) => ratingLabel(l));

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
  const { date } = data;
  const count = data.participants.length;
  const who = `${count} participant${count === 1 ? '' : 's'}`;
  const w = await startPdf(
    {
      title: `${ROOM_REPORT_TITLE}: ${who}, ${date}`,
      subject: `Combined readiness ratings of a workshop, based on ${sourceTitle()}`,
      author: 'STEM Teacher Leadership Planner',
      keywords: 'STEM, teacher leadership, readiness, workshop, consensus',
      createdAt: data.generatedAt,
    },
    options.loadFonts,
  );
  const { summary, consensusReadiness } = data;

  // Title and who took part.
  w.text(ROOM_REPORT_TITLE, { size: 22, bold: true, color: COLOR.accent, spaceAfter: 4 });
  w.text(`Individual, then team: the readiness ratings of ${who}, combined.`, { size: SIZE.h3, spaceAfter: 2 });
  w.text(`Made on ${longDate(date)}. Based on ${sourceTitle()}.`, { color: COLOR.muted, spaceAfter: 14 });
  w.heading('Participants');
  if (count === 0) w.text('No participant files were loaded.', { color: COLOR.muted });
  else
    w.table(
      ['#', 'School, district or team', 'Who rated', 'File'],
      data.participants.map((p, i) => [String(i + 1), p.name, p.team || '—', p.fileName]),
      { columnStyles: { 0: { cellWidth: 24 }, 1: { cellWidth: CONTENT_WIDTH * 0.34 } } },
    );

  // The consensus: the team's answer.
  // Kept whole on one page where it fits: the step table is short.
  w.sectionTitle('Consensus', { newPage: false, minSpace: 300 });
  w.text(
    `The room agreed a rating for ${consensusReadiness.agreedCount} of ${consensusReadiness.itemCount} items. ` +
      `Readiness from the consensus alone: ${levelLabel(consensusReadiness.overall)}.`,
    { spaceAfter: 8 },
  );
  w.table(
    ['Step', 'Items agreed', 'Consensus level of the step'],
    consensusReadiness.steps.map((s) => [`${s.stepNumber}. ${s.title}`, `${s.agreed} of ${s.items}`, levelLabel(s.level)]),
    { columnStyles: { 0: { cellWidth: CONTENT_WIDTH * 0.55 } } },
  );

  // Most disputed.
  w.sectionTitle('Most disputed items', { newPage: false, minSpace: 260 });
  w.bullets(DISAGREEMENT_RULE_TEXT, { size: SIZE.small });
  const disputed = summary.mostDisputed.slice(0, MOST_DISPUTED_COUNT);
  if (disputed.length === 0) w.text('Every rated item got the same level from everyone who rated it: nothing is disputed.', { color: COLOR.muted });
  else
    w.table(
      ['Item', 'Statement', 'Range', 'Levels apart', 'Consensus'],
      disputed.map((item) => [item.itemNumber, item.statement, rangeLabel(item), String(item.distance), consensusLabel(data.consensus, item)]),
      { columnStyles: { 0: { cellWidth: 34 }, 1: { cellWidth: CONTENT_WIDTH * 0.48 } } },
    );

  // Spread of the step roll-ups.
  w.sectionTitle('Spread by step', { newPage: false, minSpace: 220 });
  w.text('How many participants’ ratings roll up to each level for each step, under the rule below.', { spaceAfter: 8 });
  w.table(
    ['Step', ...LEVEL_HEADS, 'Not enough answers', 'Range'],
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
  w.sectionTitle('Spread by item');
  for (const step of summary.steps) {
    w.heading(`Step ${step.stepNumber}. ${step.title}`, 2, 80);
    w.table(
      ['Item', 'Statement', ...LEVEL_HEADS, 'Not sure yet', 'No answer', 'Consensus'],
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

  w.sectionTitle('How the levels are worked out', { newPage: false, minSpace: 200 });
  w.bullets(ruleText(), { size: SIZE.small });
  w.heading('Source', 2, 40);
  w.text(sourceTitle(), { bold: true, spaceAfter: 2 });
  w.text(sourceSubtitle(), { color: COLOR.muted, spaceAfter: 4 });
  w.text(`The readiness items are written in the tool’s own words, drawing on “${sourcePageText('steps')}”.`, { size: SIZE.small });

  drawPageFurniture(w, `Workshop of ${who}`, ROOM_REPORT_TITLE);

  return finishPdf(w, roomReportFileName(date));
}
