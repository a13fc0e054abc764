import { get, useFormContext } from 'react-hook-form';
import { ratingLabel, LEVELS, NOT_SURE } from '../../content/levels';
import { sourcePageText } from '../../content/sources';
import type { ReadinessItem } from '../../content/types';
import { describedBy, errorId, fieldId, Fieldset, FieldMessages } from '../../components/field';
import { interpolate } from '../../components/interpolate';
import { formatNumber } from '../../i18n/format';
import { useMessages } from '../../i18n/i18n';
import { fieldMessages } from './fields.messages';
import { useLastTime } from './last-time';

/** One readiness item: the Early → Model continuum with a descriptor per level, Not sure yet, and notes. */
export function RatingField({ item, index }: { item: ReadinessItem; index: number }) {
  const { register, formState } = useFormContext();
  const t = useMessages(fieldMessages);
  const levelName = `ratings.${item.id}.level`;
  const notesName = `ratings.${item.id}.notes`;
  const levelError = (get(formState.errors, levelName) as { message?: string } | undefined)?.message;
  const notesError = (get(formState.errors, notesName) as { message?: string } | undefined)?.message;
  const sourceId = `${fieldId(levelName)}-source`;
  const lastTime = useLastTime(item.id);

  return (
    <div className="rating-item">
      <Fieldset
        name={levelName}
        legendClassName="legend rating-item__statement"
        legend={
          <>
            <span className="rating-item__number">{index + 1}.</span> {item.statement}
          </>
        }
        hint={lastTime}
        error={levelError}
      >
        <p className="source" id={sourceId}>
          {interpolate(t.source, { page: <cite>{sourcePageText(item.source)}</cite> })}
        </p>
        <div className="continuum">
          {LEVELS.map((level, levelIndex) => {
            const id = levelIndex === 0 ? fieldId(levelName) : `${fieldId(levelName)}-${level}`;
            return (
              <div className={`continuum__option continuum__option--${level}`} key={level}>
                <input
                  className="continuum__input"
                  type="radio"
                  id={id}
                  value={level}
                  aria-invalid={levelError ? true : undefined}
                  // Named by the level alone; the descriptor is read as its description.
                  aria-labelledby={`${id}-level`}
                  aria-describedby={`${id}-descriptor`}
                  {...register(levelName)}
                />
                <label className="continuum__label" htmlFor={id}>
                  <span className="continuum__level" id={`${id}-level`}>
                    {ratingLabel(level)}
                  </span>
                  <span className="continuum__descriptor" id={`${id}-descriptor`}>
                    {item.descriptors[level]}
                  </span>
                </label>
              </div>
            );
          })}
        </div>
        <div className="choice choice--unsure">
          <input
            className="choice__input"
            type="radio"
            id={`${fieldId(levelName)}-${NOT_SURE}`}
            value={NOT_SURE}
            aria-invalid={levelError ? true : undefined}
            {...register(levelName)}
          />
          <label className="choice__label" htmlFor={`${fieldId(levelName)}-${NOT_SURE}`}>
            {ratingLabel(NOT_SURE)}
          </label>
        </div>
      </Fieldset>
      <div className={`form-group form-group--notes${notesError ? ' form-group--error' : ''}`}>
        <label className="label label--small" htmlFor={fieldId(notesName)}>
          {t.notesLabel({ number: formatNumber(index + 1) })}
        </label>
        <FieldMessages name={notesName} error={notesError} />
        <textarea
          className="textarea textarea--notes"
          rows={2}
          id={fieldId(notesName)}
          aria-invalid={notesError ? true : undefined}
          aria-describedby={describedBy(notesError && errorId(notesName))}
          {...register(notesName)}
        />
      </div>
    </div>
  );
}
