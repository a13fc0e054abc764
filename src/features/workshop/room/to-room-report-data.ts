/**
 * The room as the room report prints it: counted, ranked and worded here, in the language on screen, so the PDF
 * builder (src/pdf, which knows neither scoring nor the store) only lays out text and numbers.
 */
import { LEVELS, NOT_SURE, ratingLabel } from '../../../content/levels';
import type { RoomReportData } from '../../../pdf/build-room-report-pdf';
import { levelLabel, ruleText } from '../../../scoring/readiness';
import {
  MOST_DISPUTED_COUNT,
  combineRoom,
  consensusReadiness,
  disagreementRuleText,
  rangeLabel,
  type ItemSpread,
  type ParticipantRatings,
  type RoomSummary,
} from '../../../scoring/room-combine';
import type { RoomData } from '../../../store/room-slice';
import { loadedCatalog } from '../../../i18n/i18n';
import { currentLocale } from '../../../i18n/locale';

type Participants = RoomData['participants'];
const summaries = new WeakMap<Participants, { locale: string; catalog: unknown; summary: RoomSummary }>();

/**
 * combineRoom, remembered per list of participants and language: the room screen combines as it renders, and the
 * report's click reuses that instead of combining (hundreds of participants) again on the main thread (issue 15).
 * The store replaces the list on every change, so the same list means the same ratings.
 */
export function roomSummaryOf(participants: Participants): RoomSummary {
  const locale = currentLocale();
  const catalog = loadedCatalog(locale);
  const known = summaries.get(participants);
  if (known && known.locale === locale && known.catalog === catalog) return known.summary;
  const summary = combineRoom(participants);
  summaries.set(participants, { locale, catalog, summary });
  return summary;
}

export function toRoomReportData(room: RoomData, now: Date, date: string): RoomReportData {
  const summary = roomSummaryOf(room.participants);
  const readiness = consensusReadiness(room.consensus);
  const consensusOf = (consensus: ParticipantRatings, item: ItemSpread) => {
    const rating = consensus[item.stepId]?.[item.itemId];
    return rating ? ratingLabel(rating) : '—';
  };
  return {
    generatedAt: now.toISOString(),
    date,
    participants: room.participants.map(({ name, team, fileName }) => ({ name, team, fileName })),
    levelNames: LEVELS.map((level) => ratingLabel(level)),
    notSureName: ratingLabel(NOT_SURE),
    consensus: {
      agreed: readiness.agreedCount,
      itemCount: readiness.itemCount,
      overallLabel: levelLabel(readiness.overall),
      steps: readiness.steps.map((s) => ({ ...s, levelLabel: levelLabel(s.level) })),
    },
    disagreementRule: disagreementRuleText(),
    disputed: summary.mostDisputed.slice(0, MOST_DISPUTED_COUNT).map((item) => ({
      itemNumber: item.itemNumber,
      statement: item.statement,
      range: rangeLabel(item),
      distance: item.distance,
      consensus: consensusOf(room.consensus, item),
    })),
    stepSpread: summary.steps.map((s) => ({
      stepNumber: s.stepNumber,
      title: s.title,
      counts: LEVELS.map((level) => s.counts[level]),
      notJudged: s.notJudged,
      range: rangeLabel(s),
    })),
    itemSpread: summary.steps.map((step) => ({
      stepNumber: step.stepNumber,
      title: step.title,
      items: summary.items
        .filter((item) => item.stepId === step.stepId)
        .map((item) => ({
          itemNumber: item.itemNumber,
          statement: item.statement,
          counts: LEVELS.map((level) => item.counts[level]),
          notSure: item.notSure,
          notAnswered: item.notAnswered,
          consensus: consensusOf(room.consensus, item),
        })),
    })),
    levelRule: ruleText(),
  };
}
