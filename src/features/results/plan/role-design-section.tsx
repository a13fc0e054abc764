import { memo } from 'react';
import { useMessages } from '../../../i18n/i18n';
import { PAY_TYPES } from '../../../store/plan-parts.schema';
import { planPartsValueMessages } from '../../../store/plan-parts.messages';
import { fieldPath, ROLE_ROW, type FieldOf } from './plan-part-edit';
import { roleDesignOf } from './plan-parts-prefill';
import { planPartsMessages, roleDesignMessages } from './plan-parts.messages';
import { PartEditor, PartInput, PartSelect } from './part-fields';
import { roleCheckInput, roleDesignAnswers } from './plan-parts-document';
import { fieldId } from '../../../components/field';
import { roleWarnings } from './role-design-checks';
import { usePartFields, usePlanPartsState } from './use-part-fields';

const path = (field: FieldOf<'roleDesign'>) => fieldPath('roleDesign', ROLE_ROW, field);

/** How the role will work, as the team records it, and where its answers pull against each other. */
export const RoleDesignSection = memo(function RoleDesignSection() {
  const state = usePlanPartsState();
  const t = useMessages(roleDesignMessages);
  const common = useMessages(planPartsMessages);
  const values = useMessages(planPartsValueMessages);
  const fields = usePartFields(state);
  const design = roleDesignOf(state);
  const warnings = roleWarnings(roleCheckInput(state, design));

  return (
    <section className="results-section plan-part" aria-labelledby="role-design-heading">
      <h2 className="section-title" id="role-design-heading">
        {t.heading}
      </h2>
      <p className="hint">{t.hint}</p>
      <p className="hint">{common.keptAsYouType}</p>
      <PartEditor
        onClose={fields.flush}
        id="role-design"
        editLabel={t.edit}
        doneLabel={t.done}
        firstFieldId={() => fieldId(path('protectedPercent'))}
        closedSummary={
          <dl className="summary-list">
            {roleDesignAnswers(design).map((a) => (
              <div className="summary-list__row" key={a.label}>
                <dt className="summary-list__key">{a.label}</dt>
                <dd className="summary-list__value summary-list__value--text">{a.value}</dd>
              </div>
            ))}
          </dl>
        }
      >
        <div className="part-row part-row--plain">
          <div className="part-row__fields">
            <PartInput
              fields={fields}
              path={path('protectedPercent')}
              label={t.protectedPercent}
              hint={t.protectedPercentHint}
              kind="count"
              className="part-field--wide"
            />
            <PartInput
              fields={fields}
              path={path('coverage')}
              label={t.coverage}
              kind="long"
              className="part-field--wide"
            />
            <PartInput
              fields={fields}
              path={path('teachersServed')}
              label={t.teachersServed}
              kind="count"
            />
            <PartInput
              fields={fields}
              path={path('schoolsServed')}
              label={t.schoolsServed}
              kind="count"
            />
            <PartInput
              fields={fields}
              path={path('selectionCriteria')}
              label={t.selectionCriteria}
              hint={t.selectionCriteriaHint}
              kind="long"
              className="part-field--wide"
            />
            <PartSelect
              fields={fields}
              path={path('payType')}
              label={t.payType}
              options={PAY_TYPES.map((value) => ({ value, label: values.payTypes[value] }))}
            />
          </div>
        </div>
      </PartEditor>
      <div
        className={`panel${warnings.length ? ' panel--warning' : ' panel--success'}`}
        role="region"
        aria-labelledby="role-checks-heading"
      >
        <h3 className="subsection-title" id="role-checks-heading">
          {t.checksHeading}
        </h3>
        {warnings.length ? (
          <ul>
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        ) : (
          <p>{t.noWarnings}</p>
        )}
      </div>
    </section>
  );
});
