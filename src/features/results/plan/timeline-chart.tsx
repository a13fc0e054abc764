/**
 * The timeline as an SVG picture with an equivalent table. Shape, not colour alone, tells milestones
 * (diamonds) from actions (bars or dots) and done (filled, with a tick) from not done (outline); the table
 * lists the same entries in the same order for anyone who cannot see the picture.
 */
import { TableWrap } from '../../../components/table-wrap';
import { formatDay, formatNumber } from '../../../i18n/format';
import { useMessages } from '../../../i18n/i18n';
import { dayNumber, timeAxis, type TimelineEntry } from './timeline-model';
import { timelineMessages } from './plan-parts.messages';

const WIDTH = 760;
const LABEL_W = 230;
const ROW_H = 26;
const TOP = 34;
const clip = (text: string, max = 34) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function TimelineChart({ entries }: { entries: TimelineEntry[] }) {
  const t = useMessages(timelineMessages);
  const dated = entries.filter((e) => e.date);
  const axis = timeAxis(dated);
  const height = TOP + dated.length * ROW_H + 12;
  const x = (iso: string) =>
    axis
      ? LABEL_W +
        ((dayNumber(iso) - axis.from) / Math.max(1, axis.to - axis.from)) * (WIDTH - LABEL_W - 16)
      : 0;

  return (
    <>
      {axis ? (
        <div className="timeline-chart" role="region" aria-label={t.chartRegion} tabIndex={0}>
          <svg
            role="img"
            aria-labelledby="timeline-chart-title timeline-chart-desc"
            viewBox={`0 0 ${WIDTH} ${height}`}
            width={WIDTH}
            height={height}
            className="timeline-chart__svg"
          >
            <title id="timeline-chart-title">{t.chartTitle}</title>
            <desc id="timeline-chart-desc">
              {t.chartDescription({
                count: formatNumber(dated.length),
                from: formatDay(dated[0]!.date),
                to: formatDay(dated[dated.length - 1]!.date),
              })}
            </desc>
            {axis.ticks.map((tick) => {
              const tx =
                LABEL_W +
                ((tick.day - axis.from) / Math.max(1, axis.to - axis.from)) *
                  (WIDTH - LABEL_W - 16);
              return (
                <g key={tick.day}>
                  <line
                    x1={tx}
                    x2={tx}
                    y1={TOP - 8}
                    y2={height - 8}
                    className="timeline-chart__grid"
                  />
                  {/* The last tick sits at the right edge: its label would be cut off, and the one before says enough. */}
                  {tx < WIDTH - 60 ? (
                    <text x={tx + 3} y={TOP - 14} className="timeline-chart__tick">
                      {tick.label}
                    </text>
                  ) : null}
                </g>
              );
            })}
            {dated.map((entry, i) => {
              const y = TOP + i * ROW_H + ROW_H / 2;
              const end = x(entry.date);
              const start =
                entry.kind === 'action' && entry.start && entry.start < entry.date
                  ? x(entry.start)
                  : end;
              const cls = `timeline-chart__mark timeline-chart__mark--${entry.kind}${entry.done ? ' timeline-chart__mark--done' : ''}`;
              return (
                <g key={`${entry.kind}-${entry.id}`}>
                  <text x={4} y={y + 4} className="timeline-chart__label">
                    {`${i + 1}. ${clip(entry.label)}`}
                  </text>
                  {entry.kind === 'milestone' ? (
                    <path
                      d={`M${end} ${y - 8} L${end + 8} ${y} L${end} ${y + 8} L${end - 8} ${y} Z`}
                      className={cls}
                    />
                  ) : start < end ? (
                    <rect
                      x={start}
                      y={y - 6}
                      width={end - start}
                      height={12}
                      rx={3}
                      className={cls}
                    />
                  ) : (
                    <circle cx={end} cy={y} r={6} className={cls} />
                  )}
                  {entry.done ? (
                    <text x={end + 11} y={y + 4} className="timeline-chart__tick-mark">
                      ✓
                    </text>
                  ) : null}
                </g>
              );
            })}
          </svg>
          <ul className="timeline-chart__legend">
            <li>{t.legendMilestone}</li>
            <li>{t.legendAction}</li>
            <li>{t.legendDone}</li>
          </ul>
        </div>
      ) : (
        <p>{t.noDates}</p>
      )}
      <TableWrap label={t.tableCaption}>
        <table className="table">
          <caption className="table__caption">{t.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.columns.number}</th>
              <th scope="col">{t.columns.what}</th>
              <th scope="col">{t.columns.kind}</th>
              <th scope="col">{t.columns.owner}</th>
              <th scope="col">{t.columns.date}</th>
              <th scope="col">{t.columns.status}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry, i) => (
              <tr key={`${entry.kind}-${entry.id}`}>
                <td>{entry.date ? formatNumber(i + 1) : ''}</td>
                <th scope="row">{entry.label}</th>
                <td>{t.kinds[entry.kind]}</td>
                <td>{entry.owner}</td>
                <td>
                  {!entry.date
                    ? t.noDate
                    : entry.kind === 'action' && entry.start && entry.start < entry.date
                      ? t.dateRange({ start: formatDay(entry.start), due: formatDay(entry.date) })
                      : formatDay(entry.date)}
                </td>
                <td>{entry.statusLabel}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </>
  );
}
