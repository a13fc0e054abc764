import { memo, useState } from 'react';
import { useMessages } from '../../../i18n/i18n';
import { AUDIENCES, type CommunicationRow } from '../../../store/plan-parts.schema';
import { planPartsValueMessages } from '../../../store/plan-parts.messages';
import { fieldPath, type FieldOf } from './plan-part-edit';
import { newActionId } from './plan-model';
import { communicationOf } from './plan-parts-prefill';
import { communicationMessages, planPartsMessages } from './plan-parts.messages';
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

const ADD_ID = 'add-communication-row';
const blankRow = (): CommunicationRow => ({
  id: newActionId(),
  audience: '',
  message: '',
  channel: '',
  owner: '',
  when: '',
});

/** Who is told what, how, by whom and when; messages start from the vision's "why" and the case. */
export const CommunicationSection = memo(function CommunicationSection() {
  const state = usePlanPartsState();
  const t = useMessages(communicationMessages);
  const common = useMessages(planPartsMessages);
  const values = useMessages(planPartsValueMessages);
  const fields = usePartFields(state);
  const focus = useFocusAfterRender();
  const [status, setStatus] = useState('');
  const rows = communicationOf(state);
  const actions = rowActions({
    part: 'communication',
    rows: communicationOf,
    firstField: () => 'audience',
    addButtonId: ADD_ID,
    fields,
    focus,
    announce: setStatus,
    messages: { added: common.rowAdded, removed: common.rowRemoved },
  });
  const audiences = AUDIENCES.map((value) => ({ value, label: values.audiences[value] }));

  return (
    <section className="results-section plan-part" aria-labelledby="communication-heading">
      <h2 className="section-title" id="communication-heading">
        {t.heading}
      </h2>
      <p className="hint">{t.hint}</p>
      <p className="hint">{common.keptAsYouType}</p>
      <PartEditor
        onClose={fields.flush}
        id="communication"
        editLabel={t.edit}
        doneLabel={t.done}
        firstFieldId={() =>
          rows[0] ? fieldId(fieldPath('communication', rows[0].id, 'audience')) : ADD_ID
        }
      >
        {rows.map((row, index) => {
          const path = (field: FieldOf<'communication'>) =>
            fieldPath('communication', row.id, field);
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
                path={path('audience')}
                label={t.audience}
                options={audiences}
                className="part-field--wide"
              />
              <PartInput
                fields={fields}
                path={path('message')}
                label={t.message}
                kind="long"
                className="part-field--wide"
              />
              <PartInput
                fields={fields}
                path={path('channel')}
                label={t.channel}
                hint={t.channelHint}
              />
              <PartInput fields={fields} path={path('owner')} label={t.owner} />
              <PartInput fields={fields} path={path('when')} label={t.when} kind="date" />
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
          columns={[t.audience, t.message, t.channel, t.owner, t.when]}
          rows={rows.map((r) => ({
            key: r.id,
            cells: [
              r.audience ? values.audiences[r.audience] : common.notChosen,
              r.message,
              r.channel,
              r.owner,
              r.when ? formatDay(r.when) : '',
            ],
          }))}
        />
      )}
    </section>
  );
});
