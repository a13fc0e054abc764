import { interpolate } from '../../../components/interpolate';
import { formatDay } from '../../../i18n/format';
import { useMessages } from '../../../i18n/i18n';
import { statusLabel, type ActionRow } from '../../../store/action-row.schema';
import { stepTitleOf } from './plan-model';
import { planPageMessages } from './plan.messages';

/** Ids the plan page moves focus to after Save, Cancel or Delete. */
export const actionHeadingId = (rowId: string) => `action-${rowId}`;
export const editButtonId = (rowId: string) => `edit-action-${rowId}`;

/** One saved action row on the plan screen: what, who, when, status, with Edit and Remove. */
export function ActionSummary({ row, onEdit, onDelete }: { row: ActionRow; onEdit: () => void; onDelete: () => void }) {
  const t = useMessages(planPageMessages);
  const name = row.action.trim() || t.untitledAction;
  // Never "Not set to Not set": say which dates exist.
  const dates =
    row.start && row.due
      ? t.dateRange({ start: formatDay(row.start), due: formatDay(row.due) })
      : row.due
        ? t.dueOnly({ due: formatDay(row.due) })
        : row.start
          ? t.startOnly({ start: formatDay(row.start) })
          : null;
  const context = <span className="visually-hidden">{t.actionContext({ action: name })}</span>;
  return (
    <article className="action-row" aria-labelledby={actionHeadingId(row.id)}>
      <h3 className="action-row__title" id={actionHeadingId(row.id)} tabIndex={-1}>
        {name}
      </h3>
      <dl className="summary-list summary-list--compact">
        <div className="summary-list__row">
          <dt className="summary-list__key">{t.linkedStep}</dt>
          <dd className="summary-list__value">{stepTitleOf(row.stepId)}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">{t.owner}</dt>
          <dd className="summary-list__value">{row.owner || <span className="missing">{t.noOwner}</span>}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">{t.dates}</dt>
          <dd className="summary-list__value">{dates ?? <span className="missing">{t.noDates}</span>}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">{t.resources}</dt>
          <dd className="summary-list__value">{row.resources || t.notProvided}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">{t.successMeasure}</dt>
          <dd className="summary-list__value">{row.successMeasure || t.notProvided}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">{t.status}</dt>
          <dd className="summary-list__value">{statusLabel(row.status)}</dd>
        </div>
      </dl>
      <div className="button-row button-row--tight">
        <button type="button" id={editButtonId(row.id)} className="button button--small button--secondary" onClick={onEdit}>
          {interpolate(t.edit, { context })}
        </button>
        <button type="button" className="button button--small button--secondary" onClick={onDelete}>
          {interpolate(t.delete, { context })}
        </button>
      </div>
    </article>
  );
}

