import { useId } from 'react';
import { get, useFormContext, useWatch } from 'react-hook-form';
import type { ChoiceQuestion, Question, TextQuestion } from '../../content/types';
import { describedBy, errorId, fieldId, Fieldset, FieldMessages } from '../../components/field';
import { formatNumber } from '../../i18n/format';
import { fill, useMessages } from '../../i18n/i18n';
import { questionShown } from '../../store/form-values';
import { fieldMessages } from './fields.messages';

function useFieldError(name: string): string | undefined {
  const { formState } = useFormContext();
  return (get(formState.errors, name) as { message?: string } | undefined)?.message;
}

function CharacterCount({ name, max }: { name: string; max: number }) {
  const value = useWatch({ name }) as string | undefined;
  const t = useMessages(fieldMessages);
  const remaining = max - (value?.length ?? 0);
  const over = -remaining;
  // The plural form is chosen from the number, then the number is written in the language's style.
  const text =
    remaining >= 0
      ? fill(t.charactersRemaining(remaining), { number: formatNumber(remaining) })
      : fill(t.charactersTooMany(over), { number: formatNumber(over) });
  return <p className={`character-count${remaining < 0 ? ' character-count--over' : ''}`}>{text}</p>;
}

function TextField({ question, name }: { question: TextQuestion; name: string }) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  const hintId = useId();
  const props = {
    id: fieldId(name),
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(question.hint && hintId, error && errorId(name)),
    ...register(name),
  };
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <label className="label" htmlFor={fieldId(name)}>
        {question.label}
      </label>
      <FieldMessages name={name} hint={question.hint} hintId={hintId} error={error} />
      {question.kind === 'longText' ? (
        <>
          <textarea className="textarea" rows={5} {...props} />
          <CharacterCount name={name} max={question.maxLength} />
        </>
      ) : (
        <input className="input" type="text" autoComplete="off" {...props} />
      )}
    </div>
  );
}

function ChoiceField({ question, name }: { question: ChoiceQuestion; name: string }) {
  const { register } = useFormContext();
  const t = useMessages(fieldMessages);
  const error = useFieldError(name);
  const hintId = useId();
  if (question.kind === 'select') {
    return (
      <div className={`form-group${error ? ' form-group--error' : ''}`}>
        <label className="label" htmlFor={fieldId(name)}>
          {question.label}
        </label>
        <FieldMessages name={name} hint={question.hint} hintId={hintId} error={error} />
        <select
          className="select"
          id={fieldId(name)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(question.hint && hintId, error && errorId(name))}
          {...register(name)}
        >
          <option value="">{t.notChosen}</option>
          {question.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    );
  }
  const type = question.kind === 'radio' ? 'radio' : 'checkbox';
  return (
    <Fieldset name={name} legend={question.label} hint={question.hint} error={error}>
      <div className={`choices choices--${type}`}>
        {question.options.map((option, index) => {
          // The first option carries the field's id so the error summary can focus it.
          const id = index === 0 ? fieldId(name) : `${fieldId(name)}-${option.value}`;
          return (
            <div className="choice" key={option.value}>
              <input
                className="choice__input"
                type={type}
                id={id}
                value={option.value}
                aria-invalid={error ? true : undefined}
                aria-describedby={option.hint ? `${id}-hint` : undefined}
                {...register(name)}
              />
              <label className="choice__label" htmlFor={id}>
                {option.label}
              </label>
              {option.hint ? (
                <p className="hint choice__hint" id={`${id}-hint`}>
                  {option.hint}
                </p>
              ) : null}
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
}

function DateField({ question, name }: { question: Question; name: string }) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <label className="label" htmlFor={fieldId(name)}>
        {question.label}
      </label>
      <FieldMessages name={name} error={error} />
      <input
        className="input input--date"
        type="date"
        id={fieldId(name)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId(name) : undefined}
        {...register(name)}
      />
    </div>
  );
}

/** A question that applies only to some answers (the text box for "Other"), shown as soon as it applies. */
function DependentField({ question, when }: { question: Question; when: NonNullable<Question['showWhen']> }) {
  const answer = useWatch({ name: when.name }) as unknown;
  return questionShown(question, { [when.name]: answer }) ? <QuestionField question={{ ...question, showWhen: undefined }} /> : null;
}

export function QuestionField({ question }: { question: Question }) {
  if (question.showWhen) return <DependentField question={question} when={question.showWhen} />;
  switch (question.kind) {
    case 'text':
    case 'longText':
      return <TextField question={question} name={question.name} />;
    case 'radio':
    case 'checkboxes':
    case 'select':
      return <ChoiceField question={question} name={question.name} />;
    case 'date':
      return <DateField question={question} name={question.name} />;
    case 'grid':
      return (
        <section className="grid-question" aria-labelledby={`${fieldId(question.name)}-heading`}>
          <h3 className="grid-question__title" id={`${fieldId(question.name)}-heading`}>
            {question.label}
          </h3>
          {question.hint ? <p className="hint">{question.hint}</p> : null}
          {question.rows.map((row) => (
            <fieldset className="grid-question__row" key={row.value}>
              <legend className="legend legend--small">{row.label}</legend>
              {row.hint ? <p className="hint">{row.hint}</p> : null}
              <div className="grid-question__cells">
                {question.columns.map((column) => {
                  const name = `${question.name}.${row.value}.${column.name}`;
                  // Labels name the row too, so each field makes sense on its own to a screen reader.
                  const labelled = { ...column, label: `${column.label}` };
                  return column.kind === 'text' || column.kind === 'longText' ? (
                    <TextField key={name} question={labelled as TextQuestion} name={name} />
                  ) : (
                    <ChoiceField key={name} question={labelled as ChoiceQuestion} name={name} />
                  );
                })}
              </div>
            </fieldset>
          ))}
        </section>
      );
  }
}

/** Every field name a question produces, in reading order, for ordering the error summary. */
export function questionFieldNames(question: Question): string[] {
  if (question.kind !== 'grid') return [question.name];
  return question.rows.flatMap((row) => question.columns.map((c) => `${question.name}.${row.value}.${c.name}`));
}
