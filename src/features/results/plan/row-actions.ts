import { fieldId } from '../../../components/field';
import { useAppStore } from '../../../store/app-store';
import type { PlanPartsPatch } from '../../../store/plan-slice';
import { draftsWithoutRow, fieldPath, type FieldOf, type PartKey } from './plan-part-edit';
import type { PlanState } from './plan-model';
import type { PartFields } from './use-part-fields';

type RowPart = Exclude<PartKey, 'roleDesign'>;

/**
 * Add and remove rows of a part. What was typed is kept first; then the new row's first field, or after a
 * removal the next row's first field (else the Add button), gets focus, never <body>.
 */
export function rowActions<P extends RowPart, R extends { id: string }>(options: {
  part: P;
  /** The rows as shown now (the team's, or the suggestion from its answers). */
  rows: (state: PlanState) => R[];
  /** The rows to store after a change (milestones store only some). */
  store?: (rows: R[]) => R[];
  firstField: (row: R) => FieldOf<P>;
  addButtonId: string;
  fields: PartFields;
  focus: (id: string) => void;
  announce: (message: string) => void;
  messages: { added: string; removed: string };
}) {
  const { part, fields, focus } = options;
  const save = (rows: R[], extra: PlanPartsPatch = {}) =>
    useAppStore
      .getState()
      .patchPlan({
        [part]: options.store ? options.store(rows) : rows,
        ...extra,
      } as PlanPartsPatch);
  const firstFieldId = (row: R) => fieldId(fieldPath(part, row.id, options.firstField(row)));
  return {
    add: (row: R) => {
      fields.flush();
      save([...options.rows(useAppStore.getState()), row]);
      options.announce(options.messages.added);
      focus(firstFieldId(row));
    },
    remove: (id: string) => {
      fields.flush();
      const state = useAppStore.getState();
      const rows = options.rows(state);
      const index = rows.findIndex((r) => r.id === id);
      const kept = rows.filter((r) => r.id !== id);
      save(kept, { partDrafts: draftsWithoutRow(state, part, id) });
      options.announce(options.messages.removed);
      const next = kept[index];
      focus(next ? firstFieldId(next) : options.addButtonId);
    },
  };
}
