import { useMemo } from 'react';
import { ScreenHeading } from '../../../components/screen-heading';
import { TableWrap } from '../../../components/table-wrap';
import { useDocumentTitle } from '../../../components/use-document-title';
import { useMessages } from '../../../i18n/i18n';
import { useAppStore } from '../../../store/app-store';
import { CONTENT_VERSION } from '../../../stages/stage-order';
import { formatDay, formatNumber } from '../../../i18n/format';
import { openView } from '../../../store/navigation';
import { ProgressChart, ProgressTable } from './progress-chart';
import { currentProgress } from './progress-model';
import { actionsLine, contentNotes, itemStatementOf, levelText, milestonesLine, progressSummary, ratingText, stepTitleOf } from './progress-words';
import { progressMessages } from './progress.messages';
import './progress.css';

type HeadingRef = React.RefObject<HTMLHeadingElement | null>;

/** The current assessment against its baseline, per step and overall, in a chart, a table and words. */
export function ProgressPage({ headingRef }: { headingRef: HeadingRef }) {
  const t = useMessages(progressMessages);
  useDocumentTitle(t.documentTitle);
  const mode = useAppStore((s) => s.mode);
  const profile = useAppStore((s) => s.profile);
  const steps = useAppStore((s) => s.steps);
  const completed = useAppStore((s) => s.completed);
  const plan = useAppStore((s) => s.plan);
  const baseline = useAppStore((s) => s.baseline);
  const result = useMemo(
    () => currentProgress({ mode, profile, steps, completed, plan, baseline }, new Date()),
    // The words depend on the language too; `t` changes with it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [mode, profile, steps, completed, plan, baseline, t],
  );

  if (!result) {
    return (
      <>
        <ScreenHeading headingRef={headingRef}>{t.title}</ScreenHeading>
        <p>{t.noBaseline}</p>
        <button type="button" className="button" onClick={() => openView({ name: 'start' })}>
          {t.toStart}
        </button>
      </>
    );
  }
  const { progress } = result;
  const date = formatDay(progress.since);
  const orgName = result.baseline.snapshot.orgName;
  const notes = contentNotes(progress);

  return (
    <>
      <ScreenHeading headingRef={headingRef}>{t.title}</ScreenHeading>
      <p className="lead">{orgName ? t.leadOrg({ date, orgName }) : t.lead({ date })}</p>
      {result.baseline.snapshot.contentVersion > CONTENT_VERSION ? (
        <p className="panel panel--warning">
          {t.newerEdition({ baseline: formatNumber(result.baseline.snapshot.contentVersion), current: formatNumber(CONTENT_VERSION) })}
        </p>
      ) : null}

      <section className="panel" aria-labelledby="progress-summary">
        <h2 className="section-title" id="progress-summary">
          {t.summaryHeading}
        </h2>
        <p>{progressSummary(progress)}</p>
      </section>

      <section className="results-section" aria-labelledby="progress-levels">
        <h2 className="section-title" id="progress-levels">
          {t.levelsHeading}
        </h2>
        <ProgressChart progress={progress} />
        <ProgressTable progress={progress} />
      </section>

      <section className="results-section" aria-labelledby="progress-moved">
        <h2 className="section-title" id="progress-moved">
          {t.movedHeading}
        </h2>
        {progress.moved.length === 0 ? (
          <p>{t.movedNone}</p>
        ) : (
          <TableWrap label={t.movedHeading}>
            <table className="table" data-testid="moved-items">
              <caption className="visually-hidden">{t.movedHeading}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.movedColumns.item}</th>
                  <th scope="col">{t.movedColumns.step}</th>
                  <th scope="col">{t.movedColumns.from}</th>
                  <th scope="col">{t.movedColumns.to}</th>
                  <th scope="col">{t.movedColumns.change}</th>
                </tr>
              </thead>
              <tbody>
                {progress.moved.map((m) => (
                  <tr key={`${m.stepId}.${m.itemId}`}>
                    <th scope="row">{itemStatementOf(m.stepId, m.itemId)}</th>
                    <td>{stepTitleOf(m.stepId).title}</td>
                    <td>{levelText(m.from)}</td>
                    <td>{levelText(m.to)}</td>
                    <td>
                      <span aria-hidden="true">{m.direction === 'up' ? '▲ ' : '▼ '}</span>
                      {t.change[m.direction]}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </section>

      <section className="results-section" aria-labelledby="progress-gaps">
        <h2 className="section-title" id="progress-gaps">
          {t.gapsHeading}
        </h2>
        {(
          [
            ['closed', t.gapsClosedHeading, progress.gapsClosed],
            ['new', t.newGapsHeading, progress.newGaps],
          ] as const
        ).map(([key, heading, list]) => (
          <div key={key}>
            <h3>{heading}</h3>
            {list.length === 0 ? (
              <p>{t.noneInList}</p>
            ) : (
              <ul>
                {list.map((g) => (
                  <li key={`${g.stepId}.${g.itemId}`}>
                    {t.gapLine({ statement: itemStatementOf(g.stepId, g.itemId), from: ratingText(g.from), to: ratingText(g.to) })}
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))}
      </section>

      {progress.actions.total > 0 || progress.milestones.total > 0 ? (
        <section className="results-section" aria-labelledby="progress-plan">
          <h2 className="section-title" id="progress-plan">
            {t.actionsHeading}
          </h2>
          <ul>
            {progress.actions.total > 0 ? <li>{actionsLine(progress)}</li> : null}
            {progress.milestones.total > 0 ? <li>{milestonesLine(progress)}</li> : null}
          </ul>
        </section>
      ) : null}

      {notes.length > 0 ? (
        <section className="results-section" aria-labelledby="progress-content">
          <h2 className="section-title" id="progress-content">
            {t.contentHeading}
          </h2>
          <p>{t.contentIntro}</p>
          <ul>
            {notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </section>
      ) : null}

      <div className="button-row">
        <button type="button" className="button" onClick={() => openView({ name: 'results' })}>
          {t.toResults}
        </button>
        <button type="button" className="button button--secondary" onClick={() => openView({ name: 'start' })}>
          {t.toStart}
        </button>
      </div>
    </>
  );
}
