import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useRef } from 'react';
import { get, useForm } from 'react-hook-form';
import { ErrorSummary, type SummaryError } from '../../../components/error-summary';
import { useAutosave } from '../../../components/use-autosave';
import { describedBy, errorId, fieldId, Fieldset, FieldMessages } from '../../../components/field';
import { useMessages } from '../../../i18n/i18n';
import { STEP_IDS, STEPS } from '../../../stages/stage-list';
import {
  STATUS_VALUES,
  actionEditorSchema,
  statusLabel,
  type ActionEditorValues,
  type ActionRow,
} from '../../../store/action-row.schema';
import type { ActionDraftValues } from '../../../store/plan-slice';
import { actionEditorMessages } from './plan.messages';
import { EDITOR_FIELDS, editorValues, type EditorField } from './plan-model';

const FIELD_ORDER = EDITOR_FIELDS;
type FieldName = EditorField;

/** Field names carry the row's id: several rows can be open at once, and ids must stay unique. */
export const editorFieldName = (rowId: string, name: FieldName) => `row-${rowId}-${name}`;
/** The id of a row editor's first field, where focus goes when the editor opens. */
export const editorFirstFieldId = (rowId: string) => fieldId(editorFieldName(rowId, 'action'));

interface ActionEditorProps {
  row: ActionRow;
  typed: ActionDraftValues;
  title: string;
  onSave: (row: ActionRow) => void;
  onCancel: () => void;
  /** Called as the team types (debounced, and at once when the page is hidden or left). */
  onKeep: (values: ActionDraftValues) => void;
}

/**
 * Add or change one action-plan row. What is typed is kept as a draft until Save or Cancel (see
 * plan-slice.ts). GOV.UK error pattern: summary on top, message by each field.
 */
export function ActionEditor({ row, typed, title, onSave, onCancel, onKeep }: ActionEditorProps) {
  const t = useMessages(actionEditorMessages);
  const { register, handleSubmit, formState, watch, getValues } = useForm<ActionEditorValues>({
    resolver: zodResolver(actionEditorSchema),
    defaultValues: editorValues(row, typed) as ActionEditorValues,
    shouldFocusError: false,
  });
  const subscribe = useCallback((onChange: () => void) => watch(onChange), [watch]);
  useAutosave(subscribe, () => onKeep(getValues()));
  const nameOf = (name: FieldName) => editorFieldName(row.id, name);
  const errors: SummaryError[] = formState.isSubmitted
    ? FIELD_ORDER.flatMap((name) => {
        const message = (get(formState.errors, name) as { message?: string } | undefined)?.message;
        return message ? [{ name: nameOf(name), message }] : [];
      })
    : [];
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length) summaryRef.current?.focus();
  }, [formState.submitCount, errors.length]);
  const titleId = `action-editor-title-${row.id}`;

  const error = (name: FieldName) => (get(formState.errors, name) as { message?: string } | undefined)?.message;
  const hintIdOf = (name: FieldName) => `${fieldId(nameOf(name))}-hint`;
  const inputProps = (name: FieldName, hintId?: string) => ({
    id: fieldId(nameOf(name)),
    'aria-invalid': error(name) ? true : undefined,
    'aria-describedby': describedBy(hintId, error(name) && errorId(nameOf(name))),
    ...register(name),
  });
  const group = (name: FieldName) => `form-group${error(name) ? ' form-group--error' : ''}`;
  const label = (name: FieldName, text: string) => (
    <label className="label" htmlFor={fieldId(nameOf(name))}>
      {text}
    </label>
  );

  return (
    <form
      className="action-editor"
      noValidate
      aria-labelledby={titleId}
      onSubmit={handleSubmit((values) => onSave({ ...row, ...values }))}
    >
      <ErrorSummary ref={summaryRef} errors={errors} />
      <h3 className="section-title" id={titleId}>
        {title}
      </h3>
      <div className={group('action')}>
        {label('action', t.action)}
        <FieldMessages name={nameOf('action')} error={error('action')} />
        <textarea className="textarea" rows={3} {...inputProps('action')} />
      </div>
      <div className={group('stepId')}>
        {label('stepId', t.linkedStep)}
        <FieldMessages name={nameOf('stepId')} error={error('stepId')} />
        <select className="select" {...inputProps('stepId')}>
          {STEP_IDS.map((id) => (
            <option key={id} value={id}>
              {t.stepOption({ number: STEPS[id].content.number, title: STEPS[id].content.title })}
            </option>
          ))}
        </select>
      </div>
      <div className={group('owner')}>
        {label('owner', t.owner)}
        <FieldMessages name={nameOf('owner')} hint={t.ownerHint} hintId={hintIdOf('owner')} error={error('owner')} />
        <input className="input" type="text" autoComplete="off" {...inputProps('owner', hintIdOf('owner'))} />
      </div>
      <div className="date-pair">
        <div className={group('start')}>
          {label('start', t.start)}
          <FieldMessages name={nameOf('start')} error={error('start')} />
          <input className="input input--date" type="date" {...inputProps('start')} />
        </div>
        <div className={group('due')}>
          {label('due', t.due)}
          <FieldMessages name={nameOf('due')} error={error('due')} />
          <input className="input input--date" type="date" {...inputProps('due')} />
        </div>
      </div>
      <div className={group('resources')}>
        {label('resources', t.resources)}
        <FieldMessages name={nameOf('resources')} error={error('resources')} />
        <textarea className="textarea" rows={2} {...inputProps('resources')} />
      </div>
      <div className={group('successMeasure')}>
        {label('successMeasure', t.successMeasure)}
        <FieldMessages
          name={nameOf('successMeasure')}
          hint={t.successMeasureHint}
          hintId={hintIdOf('successMeasure')}
          error={error('successMeasure')}
        />
        <textarea className="textarea" rows={2} {...inputProps('successMeasure', hintIdOf('successMeasure'))} />
      </div>
      <Fieldset name={nameOf('status')} legend={t.status} error={error('status')}>
        <div className="choices choices--inline">
          {STATUS_VALUES.map((value, i) => (
            <div className="choice" key={value}>
              <input
                className="choice__input"
                type="radio"
                id={i === 0 ? fieldId(nameOf('status')) : `${fieldId(nameOf('status'))}-${value}`}
                value={value}
                {...register('status')}
              />
              <label
                className="choice__label"
                htmlFor={i === 0 ? fieldId(nameOf('status')) : `${fieldId(nameOf('status'))}-${value}`}
              >
                {statusLabel(value)}
              </label>
            </div>
          ))}
        </div>
      </Fieldset>
      <div className="button-row">
        <button type="submit" className="button">
          {t.save}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
