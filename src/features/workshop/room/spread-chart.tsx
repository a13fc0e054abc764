/**
 * One item's spread as a large bar chart for a projector: a row per level with its label, a bar and the
 * count written out, so nothing depends on colour (each level also has its own pattern). The bars are
 * decoration; the text in each row is the chart's equivalent for screen readers. Names only on request.
 */
import { LEVELS, NOT_SURE, ratingLabel, type Rating } from '../../../content/levels';
import { useMessages } from '../../../i18n/i18n';
import type { ItemSpread, Participant } from '../../../scoring/room-combine';
import { roomProjectorMessages } from './room-projector.messages';

type RowKey = Rating | 'none';

interface ChartRow {
  key: RowKey;
  label: string;
  count: number;
  names: string[];
}

function rowsOf(item: ItemSpread, participants: readonly Participant[], noAnswer: string): ChartRow[] {
  const namesFor = (key: RowKey) =>
    participants.filter((p) => (p.ratings[item.stepId]?.[item.itemId] ?? 'none') === key).map((p) => p.name);
  return [
    ...LEVELS.map((level) => ({ key: level, label: ratingLabel(level), count: item.counts[level] })),
    { key: NOT_SURE, label: ratingLabel(NOT_SURE), count: item.notSure },
    { key: 'none' as const, label: noAnswer, count: item.notAnswered },
  ].map((row) => ({ ...row, names: namesFor(row.key) }));
}

export function SpreadChart({
  item,
  participants,
  showNames,
}: {
  item: ItemSpread;
  participants: readonly Participant[];
  showNames: boolean;
}) {
  const t = useMessages(roomProjectorMessages);
  const total = participants.length;
  const rows = rowsOf(item, participants, t.noAnswer);
  return (
    <ul className="spread-chart" aria-label={t.chartLabel({ number: item.itemNumber })}>
      {rows.map((row) => (
        <li key={row.key} className={`spread-chart__row spread-chart__row--${row.key}`}>
          <span className="spread-chart__label">{row.label}</span>
          <span className="spread-chart__track" aria-hidden="true">
            <span
              className="spread-chart__bar"
              style={{ width: `${total === 0 ? 0 : (100 * row.count) / total}%` }}
            />
          </span>
          <span className="spread-chart__count">{t.countOf({ count: row.count, total })}</span>
          {showNames && row.names.length > 0 ? (
            <span className="spread-chart__names">{row.names.join(', ')}</span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
