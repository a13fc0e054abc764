import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { ErrorSummary } from '../../components/error-summary';
import { describedBy, errorId, fieldId, Fieldset, FieldMessages } from '../../components/field';
import { formatNumber } from '../../i18n/format';
import { fill, messagesOf, useMessages } from '../../i18n/i18n';
import { DECISION_VALUES, decisionLabel, decisionShortLabel, type DecisionValue } from '../../scoring/decision';
import { useAppStore } from '../../store/app-store';
import { decisionFormMessages } from './results.messages';

export const DECISION_REASON_MAX = 1000;

/** Read when the form is checked, so the message is in the language on screen at that moment. */
const errors = () => messagesOf(decisionFormMessages).errors;

/** The team may choose a different decision from the app's, but must say why. */
export function decisionSchema(proposed: DecisionValue) {
  return z
    .object({
      value: z.enum(DECISION_VALUES, { error: () => errors().chooseDecision }),
      reason: z
        .string()
        .trim()
        .max(DECISION_REASON_MAX, {
          error: () => fill(errors().reasonTooLong, { max: formatNumber(DECISION_REASON_MAX) }),
        }),
    })
    .refine((d) => d.value === proposed || d.reason.length > 0, {
      error: () => errors().reasonMissing,
      path: ['reason'],
    });
}

export function DecisionForm({ proposed }: { proposed: DecisionValue }) {
  const t = useMessages(decisionFormMessages);
  const override = useAppStore((s) => s.plan.decisionOverride);
  const setDecisionOverride = useAppStore((s) => s.setDecisionOverride);
  const [saved, setSaved] = useState(false);
  const form = useForm<{ value: DecisionValue; reason: string }>({
    resolver: zodResolver(decisionSchema(proposed)),
    defaultValues: { value: override?.value ?? proposed, reason: override?.reason ?? '' },
    shouldFocusError: false,
  });
  const { register, handleSubmit, formState, watch } = form;
  const chosen = watch('value');
  const reasonError = formState.errors.reason?.message;
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (reasonError) summaryRef.current?.focus();
  }, [formState.submitCount, reasonError]);

  const onValid = (values: { value: DecisionValue; reason: string }) => {
    setDecisionOverride(values.value === proposed ? null : { value: values.value, reason: values.reason.trim() });
    setSaved(true);
  };

  return (
    <form noValidate onSubmit={handleSubmit(onValid)} onChange={() => setSaved(false)} aria-label={t.formLabel}>
      <ErrorSummary ref={summaryRef} errors={reasonError ? [{ name: 'decision-reason', message: reasonError }] : []} />
      <Fieldset name="decision-value" legend={t.legend} hint={t.hint}>
        <div className="choices">
          {DECISION_VALUES.map((value) => (
            <div className="choice" key={value}>
              <input
                className="choice__input"
                type="radio"
                id={`${fieldId('decision-value')}-${value}`}
                value={value}
                {...register('value')}
              />
              <label className="choice__label" htmlFor={`${fieldId('decision-value')}-${value}`}>
                {value === proposed ? t.proposedChoice({ decision: decisionLabel(value) }) : decisionLabel(value)}
              </label>
            </div>
          ))}
        </div>
      </Fieldset>
      {chosen !== proposed ? (
        <div className={`form-group${reasonError ? ' form-group--error' : ''}`}>
          <label className="label" htmlFor={fieldId('decision-reason')}>
            {t.whyDifferent({ chosen: decisionShortLabel(chosen), proposed: decisionShortLabel(proposed) })}
          </label>
          <FieldMessages name="decision-reason" error={reasonError} />
          <textarea
            className="textarea"
            rows={3}
            id={fieldId('decision-reason')}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={describedBy(reasonError && errorId('decision-reason'))}
            {...register('reason')}
          />
        </div>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button button--secondary">
          {t.save}
        </button>
      </div>
      <p role="status" className="save-note">
        {saved ? t.saved : ''}
      </p>
    </form>
  );
}
