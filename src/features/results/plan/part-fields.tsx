/** The plan parts' fields: labelled, hint and error linked by aria-describedby, autosaved through PartFields. */
import { useState, type ReactNode } from 'react';
import { TableWrap } from '../../../components/table-wrap';
import { describedBy, errorId, fieldId, FieldMessages } from '../../../components/field';
import { useMessages } from '../../../i18n/i18n';
import { planPartsMessages } from './plan-parts.messages';
import { useFocusAfterRender, type PartFields } from './use-part-fields';

interface FieldProps {
  fields: PartFields;
  path: string;
  label: string;
  hint?: string | undefined;
  className?: string;
}

const hintIdOf = (path: string) => `${fieldId(path)}-hint`;

function Group({
  path,
  label,
  hint,
  error,
  className,
  children,
}: Omit<FieldProps, 'fields'> & { error: string | undefined; children: ReactNode }) {
  return (
    <div
      className={`form-group part-field${error ? ' form-group--error' : ''}${className ? ` ${className}` : ''}`}
    >
      <label className="label label--small" htmlFor={fieldId(path)}>
        {label}
      </label>
      <FieldMessages name={path} hint={hint} hintId={hintIdOf(path)} error={error} />
      {children}
    </div>
  );
}

const aria = (path: string, hint: string | undefined, error: string | undefined) => ({
  id: fieldId(path),
  'aria-invalid': error ? true : undefined,
  'aria-describedby': describedBy(hint && hintIdOf(path), error && errorId(path)),
});

/** Text, a date, an amount or a count: what is typed is never cut or changed, only checked. */
export function PartInput({
  fields,
  path,
  label,
  hint,
  className,
  kind = 'text',
}: FieldProps & { kind?: 'text' | 'long' | 'date' | 'amount' | 'count' }) {
  const error = fields.error(path);
  const common = {
    ...aria(path, hint, error),
    value: fields.value(path),
    onChange: (event: { target: { value: string } }) => fields.change(path, event.target.value),
  };
  return (
    <Group path={path} label={label} hint={hint} error={error} className={className}>
      {kind === 'long' ? (
        <textarea className="textarea textarea--notes" rows={3} {...common} />
      ) : (
        <input
          className={`input${kind === 'date' ? ' input--date' : ''}${kind === 'amount' || kind === 'count' ? ' input--number' : ''}`}
          type={kind === 'date' ? 'date' : 'text'}
          inputMode={kind === 'amount' ? 'decimal' : kind === 'count' ? 'numeric' : undefined}
          autoComplete="off"
          {...common}
        />
      )}
    </Group>
  );
}

export function PartSelect({
  fields,
  path,
  label,
  hint,
  className,
  options,
}: FieldProps & { options: readonly { value: string; label: string }[] }) {
  const t = useMessages(planPartsMessages);
  const error = fields.error(path);
  return (
    <Group path={path} label={label} hint={hint} error={error} className={className}>
      <select
        className="select"
        {...aria(path, hint, error)}
        value={fields.value(path)}
        onChange={(e) => fields.commit(path, e.target.value)}
      >
        <option value="">{t.notChosen}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Group>
  );
}

export function PartCheckbox({ fields, path, label }: Omit<FieldProps, 'hint'>) {
  return (
    <div className="choice part-field part-field--check">
      <input
        className="choice__input"
        type="checkbox"
        id={fieldId(path)}
        checked={fields.value(path) === 'true'}
        onChange={(e) => fields.commit(path, String(e.target.checked))}
      />
      <label className="choice__label" htmlFor={fieldId(path)}>
        {label}
      </label>
    </div>
  );
}

/** One row of a part: a group named by its legend, its fields, and a Remove button when it can go. */
export function PartRow({
  legend,
  children,
  remove,
}: {
  legend: string;
  children: ReactNode;
  remove?: { label: string; onClick: () => void } | undefined;
}) {
  return (
    <fieldset className="part-row">
      <legend className="part-row__legend">{legend}</legend>
      <div className="part-row__fields">{children}</div>
      {remove ? (
        <button
          type="button"
          className="button button--small button--secondary part-row__remove"
          onClick={remove.onClick}
        >
          {remove.label}
        </button>
      ) : null}
    </fieldset>
  );
}

/**
 * A part's fields behind an Edit button (like the job description's), so the plan page reads as a plan and
 * stays light: opening moves focus to the first field; closing keeps everything typed (the section's
 * autosave lives above this) and leaves focus on the button.
 */
export function PartEditor({
  id,
  editLabel,
  doneLabel,
  firstFieldId,
  onClose,
  closedSummary,
  children,
}: {
  id: string;
  /** Shown only while the fields are closed, where it would repeat them. */
  closedSummary?: ReactNode;
  /** Keep what was typed now, so the summary beside the editor shows it at once. */
  onClose: () => void;
  editLabel: string;
  doneLabel: string;
  /** Where focus goes on opening: the first row's first field, or the Add button when there are no rows. */
  firstFieldId: () => string;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const focus = useFocusAfterRender();
  return (
    <>
      <div className="button-row">
        <button
          type="button"
          id={`${id}-toggle`}
          className="button button--secondary"
          aria-expanded={open}
          aria-controls={open ? `${id}-editor` : undefined}
          onClick={() => {
            if (open) onClose();
            else focus(firstFieldId());
            setOpen(!open);
          }}
        >
          {open ? doneLabel : editLabel}
        </button>
      </div>
      {open ? (
        <div id={`${id}-editor`} className="part-editor">
          {children}
        </div>
      ) : (
        closedSummary
      )}
    </>
  );
}

/** A read-only table of a part's rows, the same on screen as in print. */
export function SummaryTable({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: string[];
  rows: { key: string; cells: string[] }[];
}) {
  return (
    <TableWrap label={caption}>
      <table className="table">
        <caption className="table__caption">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th scope="col" key={c}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell, i) =>
                i === 0 ? (
                  <th scope="row" key={i}>
                    {cell}
                  </th>
                ) : (
                  <td key={i}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

/** "Add a …" under a part's rows; the part moves focus to the new row's first field. */
export function AddRowButton({ id, label, onAdd }: { id: string; label: string; onAdd: () => void }) {
  return (
    <div className="button-row">
      <button type="button" id={id} className="button button--secondary" onClick={onAdd}>
        {label}
      </button>
    </div>
  );
}

/** The live line that says a row was added or removed. */
export function SaveNote({ status }: { status: string }) {
  return (
    <p role="status" className="save-note">
      {status}
    </p>
  );
}
