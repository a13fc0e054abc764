import { useId, type ReactNode } from 'react';
import { useMessages } from '../i18n/i18n';
import { componentMessages } from './components.messages';

/** Stable DOM id for a form field name, so the error summary can link to it. */
export function fieldId(name: string): string {
  return `field-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}

export function errorId(name: string): string {
  return `${fieldId(name)}-error`;
}

interface FieldMessagesProps {
  name: string;
  hint?: string | undefined;
  hintId?: string;
  error?: string | undefined;
}

/** Hint and error text; the error is in words (and an icon), never colour alone. */
export function FieldMessages({ name, hint, hintId, error }: FieldMessagesProps) {
  const t = useMessages(componentMessages);
  return (
    <>
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={errorId(name)}>
          <span className="visually-hidden">{t.errorPrefix} </span>
          {error}
        </p>
      ) : null}
    </>
  );
}

export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}

interface FieldsetProps {
  name: string;
  legend: ReactNode;
  legendClassName?: string;
  hint?: string | undefined;
  error?: string | undefined;
  children: ReactNode;
  className?: string;
}

/** A group of radios or checkboxes: the legend labels the group, hint and error describe it. */
export function Fieldset({ name, legend, legendClassName, hint, error, children, className }: FieldsetProps) {
  const hintId = useId();
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}${className ? ` ${className}` : ''}`}>
      <fieldset aria-describedby={describedBy(hint && hintId, error && errorId(name))}>
        <legend className={legendClassName ?? 'legend'}>{legend}</legend>
        <FieldMessages name={name} hint={hint} hintId={hintId} error={error} />
        {children}
      </fieldset>
    </div>
  );
}
