/** The plan screen's read-only summaries of step 7 (the PD plan) and step 5 (sustainability and funding). */
import { Fragment } from 'react';
import { TableWrap } from '../../../components/table-wrap';
import { useMessages } from '../../../i18n/i18n';
import { useAppStore } from '../../../store/app-store';
import { SourceNote } from '../source-note';
import { pdPlanRows, sustainabilitySummary, type PlanState } from './plan-model';
import { sustainEvidence } from './plan-parts-document';
import { evaluationMessages } from './plan-parts.messages';
import { planPageMessages } from './plan.messages';

export function PdPlanSection({ state }: { state: PlanState }) {
  const t = useMessages(planPageMessages);
  const pd = pdPlanRows(state);
  const goTo = useAppStore((s) => s.goTo);
  return (
    <section className="results-section" aria-labelledby="pd-heading">
      <h2 className="section-title" id="pd-heading">
        {t.pdHeading}
      </h2>
      <p className="hint">{t.pdHint}</p>
      <TableWrap label={t.pdTable}>
        <table className="table">
          <caption className="visually-hidden">{t.pdTable}</caption>
          <thead>
            <tr>
              <th scope="col">{t.pdColumns.area}</th>
              <th scope="col">{t.pdColumns.currentStrength}</th>
              <th scope="col">{t.pdColumns.priority}</th>
              <th scope="col">{t.pdColumns.plannedSupport}</th>
              <th scope="col">{t.pdColumns.timeline}</th>
            </tr>
          </thead>
          <tbody>
            {pd.map((row) => (
              <tr key={row.area}>
                <th scope="row">{row.area}</th>
                <td>{row.currentStrength}</td>
                <td>{row.priority}</td>
                <td>
                  {row.plannedSupport.split('\n').map((line, i) => (
                    <Fragment key={i}>
                      {i > 0 ? <br /> : null}
                      {line}
                    </Fragment>
                  ))}
                </td>
                <td>{row.timeline}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <button
        type="button"
        className="link-button"
        onClick={() => goTo({ name: 'stage', stage: 'support' })}
      >
        {t.changePd}
      </button>
    </section>
  );
}

export function SustainabilitySection({ state }: { state: PlanState }) {
  const t = useMessages(planPageMessages);
  const evaluationT = useMessages(evaluationMessages);
  const sustainability = sustainabilitySummary(state);
  // The evaluation plan feeds this decision: its indicators are the evidence for what to keep.
  const evidence = sustainEvidence(state);
  return (
    <section className="results-section" aria-labelledby="sustain-heading">
      <h2 className="section-title" id="sustain-heading">
        {t.sustainHeading}
      </h2>
      <TableWrap label={t.fundingTable}>
        <table className="table">
          <caption className="visually-hidden">{t.fundingTable}</caption>
          <thead>
            <tr>
              <th scope="col">{t.fundingColumns.year}</th>
              <th scope="col">{t.fundingColumns.source}</th>
              <th scope="col">{t.fundingColumns.details}</th>
            </tr>
          </thead>
          <tbody>
            {sustainability.fundingByYear.map((y) => (
              <tr key={y.year}>
                <th scope="row">{y.year}</th>
                <td>{y.source}</td>
                <td>{y.note || t.notProvided}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      {sustainability.cliffWarning ? (
        <p className="panel panel--warning">{sustainability.cliffWarning}</p>
      ) : null}
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt className="summary-list__key">{t.transition}</dt>
          <dd className="summary-list__value summary-list__value--text">
            {sustainability.transition}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">{t.elementsToSustain}</dt>
          <dd className="summary-list__value summary-list__value--text">
            {sustainability.elementsToSustain}
            {evidence.length > 0 ? (
              <>
                <span className="summary-list__notes">{evaluationT.evidenceHeading}</span>
                <ul className="evidence-list">
                  {evidence.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">{t.partners}</dt>
          <dd className="summary-list__value summary-list__value--text">
            {sustainability.partners}
          </dd>
        </div>
      </dl>
      <SourceNote page="steps" />
    </section>
  );
}
