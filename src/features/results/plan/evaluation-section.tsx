import { memo, useState } from 'react';
import { useMessages } from '../../../i18n/i18n';
import type { EvaluationRow } from '../../../store/plan-parts.schema';
import { benefitOptions } from './benefit-options';
import { fieldPath, type FieldOf } from './plan-part-edit';
import { newActionId } from './plan-model';
import { evaluationOf } from './plan-parts-prefill';
import { evaluationMessages, planPartsMessages } from './plan-parts.messages';
import {
  PartEditor,
  PartInput,
  PartRow,
  PartSelect,
  SummaryTable,
  AddRowButton,
  SaveNote,
} from './part-fields';
import { fieldId } from '../../../components/field';
import { formatDay } from '../../../i18n/format';
import { rowActions } from './row-actions';
import { useFocusAfterRender, usePartFields, usePlanPartsState } from './use-part-fields';

const ADD_ID = 'add-evaluation-row';

const blankRow = (): EvaluationRow => ({
  id: newActionId(),
  benefit: '',
  indicator: '',
  dataSource: '',
  baseline: '',
  target: '',
  reviewDate: '',
});

/** How the team will know the program works: indicator, data source, baseline, target and review date per benefit. */
export const EvaluationSection = memo(function EvaluationSection() {
  const state = usePlanPartsState();
  const t = useMessages(evaluationMessages);
  const common = useMessages(planPartsMessages);
  const fields = usePartFields(state);
  const focus = useFocusAfterRender();
  const [status, setStatus] = useState('');
  const rows = evaluationOf(state);
  const benefits = benefitOptions();
  const actions = rowActions({
    part: 'evaluation',
    rows: evaluationOf,
    firstField: () => 'benefit',
    addButtonId: ADD_ID,
    fields,
    focus,
    announce: setStatus,
    messages: { added: common.rowAdded, removed: common.rowRemoved },
  });

  return (
    <section className="results-section plan-part" aria-labelledby="evaluation-heading">
      <h2 className="section-title" id="evaluation-heading">
        {t.heading}
      </h2>
      <p className="hint">{t.hint}</p>
      <p className="hint">{common.keptAsYouType}</p>
      <PartEditor
        onClose={fields.flush}
        id="evaluation"
        editLabel={t.edit}
        doneLabel={t.done}
        firstFieldId={() =>
          rows[0] ? fieldId(fieldPath('evaluation', rows[0].id, 'benefit')) : ADD_ID
        }
      >
        {rows.map((row, index) => {
          const path = (field: FieldOf<'evaluation'>) => fieldPath('evaluation', row.id, field);
          return (
            <PartRow
              key={row.id}
              legend={t.rowLegend({ number: index + 1 })}
              remove={{
                label: t.remove({ number: index + 1 }),
                onClick: () => actions.remove(row.id),
              }}
            >
              <PartSelect
                fields={fields}
                path={path('benefit')}
                label={t.benefit}
                options={benefits}
                className="part-field--wide"
              />
              <PartInput
                fields={fields}
                path={path('indicator')}
                label={t.indicator}
                hint={t.indicatorHint}
                className="part-field--wide"
              />
              <PartInput fields={fields} path={path('dataSource')} label={t.dataSource} />
              <PartInput fields={fields} path={path('baseline')} label={t.baseline} />
              <PartInput fields={fields} path={path('target')} label={t.target} />
              <PartInput
                fields={fields}
                path={path('reviewDate')}
                label={t.reviewDate}
                kind="date"
              />
            </PartRow>
          );
        })}
        <AddRowButton id={ADD_ID} label={t.add} onAdd={() => actions.add(blankRow())} />
      </PartEditor>
      <SaveNote status={status} />
      {rows.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <SummaryTable
          caption={t.tableCaption}
          columns={[t.benefit, t.indicator, t.dataSource, t.baseline, t.target, t.reviewDate]}
          rows={rows.map((r) => ({
            key: r.id,
            cells: [
              benefits.find((o) => o.value === r.benefit)?.label ?? common.notChosen,
              r.indicator,
              r.dataSource,
              r.baseline,
              r.target,
              r.reviewDate ? formatDay(r.reviewDate) : '',
            ],
          }))}
        />
      )}
    </section>
  );
});
