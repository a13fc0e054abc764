import { memo, useState } from 'react';
import { useMessages } from '../../../i18n/i18n';
import type { Milestone } from '../../../store/plan-parts.schema';
import { fieldPath } from './plan-part-edit';
import { newActionId } from './plan-model';
import { planPartsMessages, timelineMessages } from './plan-parts.messages';
import {
  PartCheckbox,
  PartEditor,
  PartInput,
  PartRow,
  AddRowButton,
  SaveNote,
} from './part-fields';
import { fieldId } from '../../../components/field';
import { rowActions } from './row-actions';
import { TimelineChart } from './timeline-chart';
import { blankMilestone, milestoneLabel, milestoneRows, timelineEntries } from './timeline-model';
import { useFocusAfterRender, usePartFields, usePlanPartsState } from './use-part-fields';

const ADD_ID = 'add-milestone';

/** A milestone is stored once it has something in it; the team's own are always kept. */
const storedMilestones = (rows: Milestone[]) =>
  rows.filter((m) => m.key === null || m.date || m.owner || m.done);

/** The launch milestones with dates, owners and done, the team's own milestones, and the chart with its table. */
export const TimelineSection = memo(function TimelineSection() {
  const state = usePlanPartsState();
  const t = useMessages(timelineMessages);
  const common = useMessages(planPartsMessages);
  const fields = usePartFields(state);
  const focus = useFocusAfterRender();
  const [status, setStatus] = useState('');
  const rows = milestoneRows(state.plan);
  const actions = rowActions({
    part: 'milestones',
    rows: (s) => milestoneRows(s.plan),
    store: storedMilestones,
    firstField: (m) => (m.key ? 'date' : 'label'),
    addButtonId: ADD_ID,
    fields,
    focus,
    announce: setStatus,
    messages: { added: common.rowAdded, removed: common.rowRemoved },
  });
  let custom = 0;

  return (
    <section className="results-section plan-part" aria-labelledby="timeline-heading">
      <h2 className="section-title" id="timeline-heading">
        {t.heading}
      </h2>
      <p className="hint">{t.hint}</p>
      <p className="hint">{common.keptAsYouType}</p>
      <PartEditor
        onClose={fields.flush}
        id="milestones"
        editLabel={t.edit}
        doneLabel={t.doneEditing}
        firstFieldId={() => fieldId(fieldPath('milestones', rows[0]!.id, 'date'))}
      >
        {rows.map((m) => {
          const path = (field: 'label' | 'date' | 'owner' | 'done') =>
            fieldPath('milestones', m.id, field);
          const number = m.key ? 0 : ++custom;
          return (
            <PartRow
              key={m.id}
              legend={m.key ? milestoneLabel(m) : t.customLegend({ number })}
              remove={
                m.key
                  ? undefined
                  : { label: t.remove({ number }), onClick: () => actions.remove(m.id) }
              }
            >
              {m.key ? null : (
                <PartInput
                  fields={fields}
                  path={path('label')}
                  label={t.label}
                  className="part-field--wide"
                />
              )}
              <PartInput fields={fields} path={path('date')} label={t.date} kind="date" />
              <PartInput fields={fields} path={path('owner')} label={t.owner} />
              <PartCheckbox fields={fields} path={path('done')} label={t.done} />
            </PartRow>
          );
        })}
        <AddRowButton
          id={ADD_ID}
          label={t.add}
          onAdd={() => actions.add(blankMilestone(null, newActionId()))}
        />
      </PartEditor>
      <SaveNote status={status} />
      <TimelineChart entries={timelineEntries(state.plan)} />
    </section>
  );
});
