import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { describedBy, errorId, fieldId, Fieldset, FieldMessages } from '../../components/field';
import { useAutosave } from '../../components/use-autosave';
import { formatNumber } from '../../i18n/format';
import { fill, messagesOf, useMessages } from '../../i18n/i18n';
import { DECISION_VALUES, decisionLabel, decisionShortLabel, type DecisionValue } from '../../scoring/decision';
import { useAppStore } from '../../store/app-store';
import type { DecisionOverride } from '../../store/plan-slice';
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

type DecisionValues = { value: DecisionValue; reason: string };

/**
 * What is kept for a choice. A reason is kept even when the team goes back to the proposal, so
 * clicking around never loses it; readiness() ignores it while the choice equals the proposal.
 */
export function decisionToKeep({ value, reason }: DecisionValues, proposed: DecisionValue): DecisionOverride | null {
  const trimmed = reason.trim();
  return value === proposed && trimmed === '' ? null : { value, reason: trimmed };
}

/**
 * The team's decision. Kept as it is chosen and typed (no Save button), so the results, the plan and
 * both PDFs always show what is on screen. A missing or too long reason is said next to the field.
 */
export function DecisionForm({ proposed }: { proposed: DecisionValue }) {
  const t = useMessages(decisionFormMessages);
  const override = useAppStore((s) => s.plan.decisionOverride);
  const setDecisionOverride = useAppStore((s) => s.setDecisionOverride);
  const form = useForm<DecisionValues>({
    resolver: zodResolver(decisionSchema(proposed)),
    defaultValues: { value: override?.value ?? proposed, reason: override?.reason ?? '' },
    mode: 'onTouched',
    shouldFocusError: false,
  });
  const { register, formState, watch, getValues } = form;
  const chosen = watch('value');
  const reasonError = formState.errors.reason?.message;

  const subscribe = useCallback((onChange: () => void) => watch(onChange), [watch]);
  useAutosave(subscribe, () => setDecisionOverride(decisionToKeep(getValues(), proposed)));

  return (
    <form noValidate onSubmit={(event) => event.preventDefault()} aria-label={t.formLabel}>
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
      <p className="hint">{t.keptAsYouChoose}</p>
    </form>
  );
}
