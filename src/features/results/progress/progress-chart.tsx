import { useId } from 'react';
import { LEVELS, type Level } from '../../../content/levels';
import { useMessages } from '../../../i18n/i18n';
import { TableWrap } from '../../../components/table-wrap';
import type { LevelChange, Progress } from '../../../scoring/progress';
import { levelText, stepTitleOf } from './progress-words';
import { progressMessages } from './progress.messages';

const ROW = 76;
const BAR = 16;
const AXIS = 28;
/** The bars use the left 64% (16% a level); the level names sit to their right, so they never overlap. */
const PLOT = 64;
const STEP_W = PLOT / LEVELS.length;
const width = (level: Level | null) => (level ? (LEVELS.indexOf(level) + 1) * STEP_W : 0);

interface Row extends LevelChange {
  key: string;
  label: string;
}

function rowsOf(progress: Progress, overallLabel: string): Row[] {
  return [
    ...progress.steps.map((s) => {
      const { number, title } = stepTitleOf(s.stepId);
      return { ...s, key: s.stepId, label: number ? `${number}. ${title}` : title };
    }),
    { ...progress.overall, key: 'overall', label: overallLabel },
  ];
}

/**
 * Baseline and current level of each step, as paired bars: the baseline striped and light, now solid and
 * dark, each labelled with its level in words (colour is never the only cue). The table below says the same.
 */
export function ProgressChart({ progress }: { progress: Progress }) {
  const t = useMessages(progressMessages);
  const titleId = useId();
  const descId = useId();
  const patternId = `${useId().replace(/:/g, '')}-stripes`;
  const rows = rowsOf(progress, t.overallRow);
  const height = rows.length * ROW + AXIS;
  return (
    <figure className="progress-chart">
      <svg className="progress-chart__svg" width="100%" height={height} role="img" aria-labelledby={titleId} aria-describedby={descId}>
        <title id={titleId}>{t.levelsHeading}</title>
        <desc id={descId}>
          {rows.map((r) => `${r.label}: ${t.baselineBar} ${levelText(r.from)}, ${t.currentBar} ${levelText(r.to)}.`).join(' ')}
        </desc>
        <defs>
          <pattern id={patternId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" className="progress-chart__stripe-bg" />
            <line x1="0" y1="0" x2="0" y2="6" className="progress-chart__stripe" />
          </pattern>
        </defs>
        {[1, 2, 3, 4].map((i) => i * STEP_W).map((x) => (
          <line key={x} className="readiness-chart__grid" x1={`${x}%`} x2={`${x}%`} y1={0} y2={height - AXIS} />
        ))}
        {rows.map((r, i) => {
          const y = i * ROW;
          return (
            <g key={r.key}>
              <text className="progress-chart__step" x={0} y={y + 16}>
                {r.label}
              </text>
              <text className="progress-chart__change" x="100%" y={y + 16} textAnchor="end">
                {t.change[r.direction]}
              </text>
              <rect className="readiness-chart__track" x={0} y={y + 24} width={`${PLOT}%`} height={BAR} rx={2} />
              <rect className="progress-chart__baseline" x={0} y={y + 24} width={`${width(r.from)}%`} height={BAR} rx={2} fill={`url(#${patternId})`} />
              <text className="progress-chart__label" x={`${PLOT}%`} dx={8} y={y + 24 + BAR - 4}>
                {t.baselineBar}: {levelText(r.from)}
              </text>
              <rect className="readiness-chart__track" x={0} y={y + 46} width={`${PLOT}%`} height={BAR} rx={2} />
              <rect className="progress-chart__current" x={0} y={y + 46} width={`${width(r.to)}%`} height={BAR} rx={2} />
              <text className="progress-chart__label" x={`${PLOT}%`} dx={8} y={y + 46 + BAR - 4}>
                {t.currentBar}: {levelText(r.to)}
              </text>
            </g>
          );
        })}
        {LEVELS.map((level, i) => (
          <text key={level} className="readiness-chart__axis" x={`${(i + 0.5) * STEP_W}%`} y={height - 8} textAnchor="middle">
            {levelText(level)}
          </text>
        ))}
      </svg>
      <figcaption className="hint">{t.chartCaption}</figcaption>
    </figure>
  );
}

export function ProgressTable({ progress }: { progress: Progress }) {
  const t = useMessages(progressMessages);
  const rows = rowsOf(progress, t.overallRow);
  return (
    <TableWrap label={t.tableCaption}>
      <table className="table">
        <caption className="table__caption">{t.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.columns.step}</th>
            <th scope="col">{t.columns.baseline}</th>
            <th scope="col">{t.columns.current}</th>
            <th scope="col">{t.columns.change}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              <td>{levelText(r.from)}</td>
              <td>{levelText(r.to)}</td>
              <td>{t.change[r.direction]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
