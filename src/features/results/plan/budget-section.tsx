import './plan-parts.css';
import { memo, useState } from 'react';
import { TableWrap } from '../../../components/table-wrap';
import { useMessages } from '../../../i18n/i18n';
import { planYears } from '../../../stages/sustainability/sustainability.content';
import {
  BUDGET_CATEGORIES,
  BUDGET_SOURCES,
  RECURRENCES,
  type BudgetLine,
} from '../../../store/plan-parts.schema';
import { planPartsValueMessages } from '../../../store/plan-parts.messages';
import { formatMoney, recurringShareSentence, totalsBySource, totalsByYear } from './budget-model';
import { fieldPath } from './plan-part-edit';
import { budgetOf } from './plan-parts-prefill';
import { budgetMessages, planPartsMessages } from './plan-parts.messages';
import { newActionId } from './plan-model';
import {
  PartCheckbox,
  PartEditor,
  PartInput,
  PartRow,
  PartSelect,
  SummaryTable,
  AddRowButton,
  SaveNote,
} from './part-fields';
import { fieldId } from '../../../components/field';
import { rowActions } from './row-actions';
import { useFocusAfterRender, usePartFields, usePlanPartsState } from './use-part-fields';

const ADD_ID = 'add-budget-line';
const AMOUNTS = ['amount0', 'amount1', 'amount2'] as const;

export const blankBudgetLine = (id: string = newActionId()): BudgetLine => ({
  id,
  item: '',
  category: '',
  amounts: [null, null, null],
  source: '',
  recurrence: '',
  leaderPosition: false,
});

/** Cost lines for three years, their totals per year and per source, and the position's recurring share. */
export const BudgetSection = memo(function BudgetSection() {
  const state = usePlanPartsState();
  const t = useMessages(budgetMessages);
  const common = useMessages(planPartsMessages);
  const values = useMessages(planPartsValueMessages);
  const fields = usePartFields(state);
  const focus = useFocusAfterRender();
  const [status, setStatus] = useState('');
  const lines = budgetOf(state);
  const years = planYears();
  const actions = rowActions({
    part: 'budget',
    rows: budgetOf,
    firstField: () => 'item',
    addButtonId: ADD_ID,
    fields,
    focus,
    announce: setStatus,
    messages: { added: common.rowAdded, removed: common.rowRemoved },
  });
  const options = <K extends string>(keys: readonly K[], names: Record<K, string>) =>
    keys.map((value) => ({ value, label: names[value] }));
  const yearTotals = totalsByYear(lines);

  return (
    <section className="results-section plan-part" aria-labelledby="budget-heading">
      <h2 className="section-title" id="budget-heading">
        {t.heading}
      </h2>
      <p className="hint">{t.hint}</p>
      <p className="hint">{common.keptAsYouType}</p>
      <PartEditor
        onClose={fields.flush}
        id="budget"
        editLabel={t.edit}
        doneLabel={t.done}
        firstFieldId={() => (lines[0] ? fieldId(fieldPath('budget', lines[0].id, 'item')) : ADD_ID)}
      >
        {lines.map((line, index) => {
          const path = (field: Parameters<typeof fieldPath<'budget'>>[2]) =>
            fieldPath('budget', line.id, field);
          return (
            <PartRow
              key={line.id}
              legend={t.lineLegend({ number: index + 1 })}
              remove={{
                label: t.remove({ number: index + 1 }),
                onClick: () => actions.remove(line.id),
              }}
            >
              <PartInput
                fields={fields}
                path={path('item')}
                label={t.item}
                className="part-field--wide"
              />
              {/* The three years side by side, so a line reads across like a budget row. */}
              <div className="part-row__years">
                {AMOUNTS.map((field, i) => (
                  <PartInput
                    key={field}
                    fields={fields}
                    path={path(field)}
                    label={t.amount({ year: years[i]!.label })}
                    kind="amount"
                  />
                ))}
              </div>
              <PartSelect
                fields={fields}
                path={path('category')}
                label={t.category}
                options={options(BUDGET_CATEGORIES, values.categories)}
              />
              <PartSelect
                fields={fields}
                path={path('source')}
                label={t.source}
                options={options(BUDGET_SOURCES, values.sources)}
              />
              <PartSelect
                fields={fields}
                path={path('recurrence')}
                label={t.recurrence}
                options={options(RECURRENCES, values.recurrences)}
              />
              <PartCheckbox
                fields={fields}
                path={path('leaderPosition')}
                label={t.leaderPosition}
              />
            </PartRow>
          );
        })}
        <AddRowButton id={ADD_ID} label={t.add} onAdd={() => actions.add(blankBudgetLine())} />
      </PartEditor>
      <SaveNote status={status} />
      {lines.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <SummaryTable
          caption={t.linesCaption}
          columns={[t.item, t.category, ...years.map((y) => y.label), t.source, t.recurrence]}
          rows={lines.map((l) => ({
            key: l.id,
            cells: [
              l.item.trim() || common.notProvided,
              l.category ? values.categories[l.category] : '',
              ...l.amounts.map((a) => (a === null ? '' : formatMoney(a))),
              l.source ? values.sources[l.source] : '',
              l.recurrence ? values.recurrences[l.recurrence] : '',
            ],
          }))}
        />
      )}
      {lines.length > 0 ? (
        <>
          <TableWrap label={t.totalsCaption}>
            <table className="table">
              <caption className="table__caption">{t.totalsCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.sourceColumn}</th>
                  {years.map((y) => (
                    <th scope="col" key={y.value} className="table__number">
                      {y.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {totalsBySource(lines).map((row) => (
                  <tr key={row.source || 'none'}>
                    <th scope="row">{row.source ? values.sources[row.source] : t.noSource}</th>
                    {row.amounts.map((amount, i) => (
                      <td key={i} className="table__number">
                        {formatMoney(amount)}
                      </td>
                    ))}
                  </tr>
                ))}
                <tr className="table__total">
                  <th scope="row">{t.total}</th>
                  {yearTotals.map((amount, i) => (
                    <td key={i} className="table__number">
                      {formatMoney(amount)}
                    </td>
                  ))}
                </tr>
              </tbody>
            </table>
          </TableWrap>
          <p className="plan-part__note">{recurringShareSentence(lines)}</p>
        </>
      ) : null}
    </section>
  );
});
