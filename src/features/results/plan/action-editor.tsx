import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef } from 'react';
import { get, useForm, type FieldErrors } from 'react-hook-form';
import { ErrorSummary, type SummaryError } from '../../../components/error-summary';
import { describedBy, errorId, fieldId, Fieldset, FieldMessages } from '../../../components/field';
import { STEP_IDS, STEPS } from '../../../stages/stage-list';
import {
  STATUSES,
  actionEditorSchema,
  type ActionEditorValues,
  type ActionRow,
} from '../../../store/action-row.schema';

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
        {label('action', 'Action')}
        <FieldMessages name="row-action" error={error('action')} />
        <textarea className="textarea" rows={3} {...inputProps('action')} />
      </div>
      <div className={group('stepId')}>
        {label('stepId', 'Linked step')}
        <FieldMessages name="row-stepId" error={error('stepId')} />
        <select className="select" {...inputProps('stepId')}>
          {STEP_IDS.map((id) => (
            <option key={id} value={id}>
              {STEPS[id].content.number}. {STEPS[id].content.title}
            </option>
          ))}
        </select>
      </div>
      <div className={group('owner')}>
        {label('owner', 'Owner')}
        <FieldMessages name="row-owner" hint="The person or team responsible." hintId="row-owner-hint" error={error('owner')} />
        <input className="input" type="text" autoComplete="off" {...inputProps('owner', 'row-owner-hint')} />
      </div>
      <div className="date-pair">
        <div className={group('start')}>
          {label('start', 'Start date')}
          <FieldMessages name="row-start" error={error('start')} />
          <input className="input input--date" type="date" {...inputProps('start')} />
        </div>
        <div className={group('due')}>
          {label('due', 'Due date')}
          <FieldMessages name="row-due" error={error('due')} />
          <input className="input input--date" type="date" {...inputProps('due')} />
        </div>
      </div>
      <div className={group('resources')}>
        {label('resources', 'Resources needed')}
        <FieldMessages name="row-resources" error={error('resources')} />
        <textarea className="textarea" rows={2} {...inputProps('resources')} />
      </div>
      <div className={group('successMeasure')}>
        {label('successMeasure', 'Success measure')}
        <FieldMessages
          name="row-successMeasure"
          hint="How you will know the action worked."
          hintId="row-success-hint"
          error={error('successMeasure')}
        />
        <textarea className="textarea" rows={2} {...inputProps('successMeasure', 'row-success-hint')} />
      </div>
      <Fieldset name="row-status" legend="Status" error={error('status')}>
        <div className="choices choices--inline">
          {STATUSES.map((s, i) => (
            <div className="choice" key={s.value}>
              <input
                className="choice__input"
                type="radio"
                id={i === 0 ? fieldId('row-status') : `${fieldId('row-status')}-${s.value}`}
                value={s.value}
                {...register('status')}
              />
              <label
                className="choice__label"
                htmlFor={i === 0 ? fieldId('row-status') : `${fieldId('row-status')}-${s.value}`}
              >
                {s.label}
              </label>
            </div>
          ))}
        </div>
      </Fieldset>
      <div className="button-row">
        <button type="submit" className="button">
          Save action
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
