import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { ErrorSummary } from '../../components/error-summary';
import { describedBy, errorId, fieldId, Fieldset, FieldMessages } from '../../components/field';
import { DECISION_LABELS, DECISION_SHORT_LABELS } from '../../scoring/decision';
import type { DecisionValue } from '../../scoring/decision';
import { useAppStore } from '../../store/app-store';

export const DECISION_REASON_MAX = 1000;
const DECISION_VALUES = ['go', 'adapt', 'pause'] as const;

/** The team may choose a different decision from the app's, but must say why. */
export function decisionSchema(proposed: DecisionValue) {
  return z
    .object({
      value: z.enum(DECISION_VALUES, { error: 'Choose go, adapt or pause' }),
      reason: z
        .string()
        .trim()
        .max(DECISION_REASON_MAX, { error: `Enter a reason of at most ${DECISION_REASON_MAX} characters` }),
    })
    .refine((d) => d.value === proposed || d.reason.length > 0, {
      error: 'Explain why your team chose a different decision',
      path: ['reason'],
    });
}

export function DecisionForm({ proposed }: { proposed: DecisionValue }) {
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
    <form noValidate onSubmit={handleSubmit(onValid)} onChange={() => setSaved(false)} aria-label="Your readiness decision">
      <ErrorSummary ref={summaryRef} errors={reasonError ? [{ name: 'decision-reason', message: reasonError }] : []} />
      <Fieldset name="decision-value" legend="Your team’s decision" hint="Keep the proposal, or choose another and say why.">
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
                {DECISION_LABELS[value]}
                {value === proposed ? ' (proposed)' : ''}
              </label>
            </div>
          ))}
        </div>
      </Fieldset>
      {chosen !== proposed ? (
        <div className={`form-group${reasonError ? ' form-group--error' : ''}`}>
          <label className="label" htmlFor={fieldId('decision-reason')}>
            Why did your team choose {DECISION_SHORT_LABELS[chosen]} instead of {DECISION_SHORT_LABELS[proposed]}?
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
          Save decision
        </button>
      </div>
      <p role="status" className="save-note">
        {saved ? 'Decision saved.' : ''}
      </p>
    </form>
  );
}
