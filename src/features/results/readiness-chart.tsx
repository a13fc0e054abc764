import { TableWrap } from '../../components/table-wrap';
import { useId } from 'react';
import { ratingLabel, LEVELS } from '../../content/levels';
import { formatNumber } from '../../i18n/format';
import { useMessages } from '../../i18n/i18n';
import { levelLabel, type StepScore } from '../../scoring/readiness';
import { readinessChartMessages } from './results.messages';

/** Row and bar heights: the full chart, and the compact one in the results summary. */
const SIZES = {
  regular: { row: 58, bar: 20, labelY: 18, barY: 26 },
  compact: { row: 40, bar: 14, labelY: 14, barY: 20 },
} as const;
const AXIS_HEIGHT = 30;

/**
 * The readiness profile as horizontal bars, one per step; each quarter of the width is one level.
 * No viewBox: x positions are percentages so the text keeps its real size on a phone.
 * The same figures are in the table that follows, for screen readers and for anyone who prefers numbers.
 */
export function ReadinessChart({ scores, compact = false }: { scores: StepScore[]; compact?: boolean }) {
  const t = useMessages(readinessChartMessages);
  const titleId = useId();
  const descId = useId();
  const { row: ROW_HEIGHT, bar: BAR_HEIGHT, labelY, barY } = compact ? SIZES.compact : SIZES.regular;
  const height = scores.length * ROW_HEIGHT + AXIS_HEIGHT;
  return (
    <figure className={compact ? 'readiness-chart readiness-chart--compact' : 'readiness-chart'}>
      <svg
        className="readiness-chart__svg"
        width="100%"
        height={height}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
      >
        <title id={titleId}>{t.title}</title>
        <desc id={descId}>
          {scores.map((s) => t.stepLevel({ number: s.number, title: s.shortTitle, level: levelLabel(s.level) })).join(' ')}
        </desc>
        {[25, 50, 75].map((x) => (
          <line key={x} className="readiness-chart__grid" x1={`${x}%`} x2={`${x}%`} y1={0} y2={height - AXIS_HEIGHT} />
        ))}
        {scores.map((s, i) => {
          const y = i * ROW_HEIGHT;
          const width = s.level ? (LEVELS.indexOf(s.level) + 1) * 25 : 0;
          return (
            <g key={s.stepId}>
              <text className="readiness-chart__step" x={0} y={y + labelY}>
                {s.number}. {s.shortTitle}
              </text>
              <text
                className={`readiness-chart__value readiness-chart__value--${s.level ?? 'none'}`}
                x="100%"
                y={y + labelY}
                textAnchor="end"
              >
                {levelLabel(s.level)}
              </text>
              <rect className="readiness-chart__track" x={0} y={y + barY} width="100%" height={BAR_HEIGHT} rx={3} />
              {s.level ? (
                <rect
                  className={`readiness-chart__bar readiness-chart__bar--${s.level}`}
                  x={0}
                  y={y + barY}
                  width={`${width}%`}
                  height={BAR_HEIGHT}
                  rx={3}
                />
              ) : null}
            </g>
          );
        })}
        {LEVELS.map((level, i) => (
          <text
            key={level}
            className="readiness-chart__axis"
            x={`${i * 25 + 12.5}%`}
            y={height - 8}
            textAnchor="middle"
          >
            {ratingLabel(level)}
          </text>
        ))}
      </svg>
      {compact ? null : <figcaption className="hint">{t.caption}</figcaption>}
    </figure>
  );
}

export function ReadinessTable({ scores }: { scores: StepScore[] }) {
  const t = useMessages(readinessChartMessages);
  const { columns } = t;
  return (
    <TableWrap label={t.tableCaption}>
      <table className="table">
        <caption className="table__caption">{t.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{columns.step}</th>
            <th scope="col">{columns.level}</th>
            <th scope="col">{columns.itemsRated}</th>
            <th scope="col">{columns.preparedOrModel}</th>
            <th scope="col">{columns.notSure}</th>
          </tr>
        </thead>
        <tbody>
          {scores.map((s) => (
            <tr key={s.stepId}>
              <th scope="row">
                {s.number}. {s.title}
              </th>
              <td>
                <strong className={`level-tag level-tag--${s.level ?? 'none'}`}>{levelLabel(s.level)}</strong>
              </td>
              <td>{t.ratedOf({ rated: formatNumber(s.ratedCount), total: formatNumber(s.itemCount) })}</td>
              <td>{formatNumber(s.counts.prepared + s.counts.model)}</td>
              <td>{formatNumber(s.notSureCount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
