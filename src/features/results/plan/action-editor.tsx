import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef } from 'react';
import { get, useForm, type FieldErrors } from 'react-hook-form';
import { ErrorSummary, type SummaryError } from '../../../components/error-summary';
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
import { actionEditorMessages } from './plan.messages';

const FIELD_ORDER = ['action', 'stepId', 'owner', 'start', 'due', 'resources', 'successMeasure', 'status'] as const;
type FieldName = (typeof FIELD_ORDER)[number];

function summary(errors: FieldErrors<ActionEditorValues>): SummaryError[] {
  return FIELD_ORDER.flatMap((name) => {
    const message = (get(errors, name) as { message?: string } | undefined)?.message;
    return message ? [{ name: `row-${name}`, message }] : [];
  });
}

interface ActionEditorProps {
  row: ActionRow;
  title: string;
  onSave: (row: ActionRow) => void;
  onCancel: () => void;
}

/** Add or change one action-plan row. GOV.UK error pattern: summary on top, message by each field. */
export function ActionEditor({ row, title, onSave, onCancel }: ActionEditorProps) {
  const t = useMessages(actionEditorMessages);
  const { register, handleSubmit, formState } = useForm<ActionEditorValues>({
    resolver: zodResolver(actionEditorSchema),
    defaultValues: {
      action: row.action,
      stepId: row.stepId,
      owner: row.owner,
      start: row.start,
      due: row.due,
      resources: row.resources,
      successMeasure: row.successMeasure,
      status: row.status,
    },
    shouldFocusError: false,
  });
  const errors = formState.isSubmitted ? summary(formState.errors) : [];
  const summaryRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  useEffect(() => {
    if (errors.length) summaryRef.current?.focus();
  }, [formState.submitCount, errors.length]);

  const error = (name: FieldName) => (get(formState.errors, name) as { message?: string } | undefined)?.message;
  const inputProps = (name: FieldName, hintId?: string) => ({
    id: fieldId(`row-${name}`),
    'aria-invalid': error(name) ? true : undefined,
    'aria-describedby': describedBy(hintId, error(name) && errorId(`row-${name}`)),
    ...register(name),
  });
  const group = (name: FieldName) => `form-group${error(name) ? ' form-group--error' : ''}`;
  const label = (name: FieldName, text: string) => (
    <label className="label" htmlFor={fieldId(`row-${name}`)}>
      {text}
    </label>
  );

  return (
    <form
      className="action-editor"
      noValidate
      aria-labelledby="action-editor-title"
      onSubmit={handleSubmit((values) => onSave({ ...row, ...values }))}
    >
      <ErrorSummary ref={summaryRef} errors={errors} />
      <h3 className="section-title" id="action-editor-title" tabIndex={-1} ref={headingRef}>
        {title}
      </h3>
      <div className={group('action')}>
        {label('action', t.action)}
        <FieldMessages name="row-action" error={error('action')} />
        <textarea className="textarea" rows={3} {...inputProps('action')} />
      </div>
      <div className={group('stepId')}>
        {label('stepId', t.linkedStep)}
        <FieldMessages name="row-stepId" error={error('stepId')} />
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
        <FieldMessages name="row-owner" hint={t.ownerHint} hintId="row-owner-hint" error={error('owner')} />
        <input className="input" type="text" autoComplete="off" {...inputProps('owner', 'row-owner-hint')} />
      </div>
      <div className="date-pair">
        <div className={group('start')}>
          {label('start', t.start)}
          <FieldMessages name="row-start" error={error('start')} />
          <input className="input input--date" type="date" {...inputProps('start')} />
        </div>
        <div className={group('due')}>
          {label('due', t.due)}
          <FieldMessages name="row-due" error={error('due')} />
          <input className="input input--date" type="date" {...inputProps('due')} />
        </div>
      </div>
      <div className={group('resources')}>
        {label('resources', t.resources)}
        <FieldMessages name="row-resources" error={error('resources')} />
        <textarea className="textarea" rows={2} {...inputProps('resources')} />
      </div>
      <div className={group('successMeasure')}>
        {label('successMeasure', t.successMeasure)}
        <FieldMessages
          name="row-successMeasure"
          hint={t.successMeasureHint}
          hintId="row-success-hint"
          error={error('successMeasure')}
        />
        <textarea className="textarea" rows={2} {...inputProps('successMeasure', 'row-success-hint')} />
      </div>
      <Fieldset name="row-status" legend={t.status} error={error('status')}>
        <div className="choices choices--inline">
          {STATUS_VALUES.map((value, i) => (
            <div className="choice" key={value}>
              <input
                className="choice__input"
                type="radio"
                id={i === 0 ? fieldId('row-status') : `${fieldId('row-status')}-${value}`}
                value={value}
                {...register('status')}
              />
              <label
                className="choice__label"
                htmlFor={i === 0 ? fieldId('row-status') : `${fieldId('row-status')}-${value}`}
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
