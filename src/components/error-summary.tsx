import { forwardRef } from 'react';
import { useMessages } from '../i18n/i18n';
import { componentMessages } from './components.messages';
import { fieldId } from './field';

export interface SummaryError {
  name: string;
  message: string;
  /** Where the link goes; defaults to the field with this name. */
  targetId?: string;
}

interface ErrorSummaryProps {
  errors: SummaryError[];
}

/**
 * GOV.UK-style summary: receives focus after a failed submit and links to each field.
 * The links move focus themselves because a plain #hash jump does not focus inputs everywhere.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, ErrorSummaryProps>(function ErrorSummary(
  { errors },
  ref,
) {
  const t = useMessages(componentMessages);
  if (errors.length === 0) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className="error-summary__title">
        {t.errorSummaryTitle}
      </h2>
      <ul className="error-summary__list">
        {errors.map((error) => {
          const target = error.targetId ?? fieldId(error.name);
          return (
            <li key={error.name}>
              <a
                href={`#${target}`}
                onClick={(event) => {
                  const element = document.getElementById(target);
                  if (!element) return;
                  event.preventDefault();
                  element.scrollIntoView({ block: 'center' });
                  element.focus();
                }}
              >
                {error.message}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
});
