import { useCallback, useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { describedBy, errorId, fieldId, FieldMessages } from '../../../components/field';
import { useAutosave } from '../../../components/use-autosave';
import { formatNumber } from '../../../i18n/format';
import { useMessages } from '../../../i18n/i18n';
import { useAppStore } from '../../../store/app-store';
import {
  ACTION_LIMITS,
  JOB_SECTION_KEYS,
  jobSectionHeading,
  type JobDescriptionSections,
} from '../../../store/action-row.schema';
import { SourceNote } from '../source-note';
import { jobDescription } from './plan-model';
import { jobDescriptionMessages } from './plan.messages';

const EDIT_BUTTON_ID = 'edit-job-description';
const firstFieldId = fieldId(`job-${JOB_SECTION_KEYS[0]}`);

/**
 * The job description's editor. What is typed is kept as it goes (like the stages), straight into the
 * plan, so the screen and the PDF always agree. A section over the length limit says so, and the rest
 * is still kept.
 */
function JobDescriptionEditor({ initial, onClose }: { initial: JobDescriptionSections; onClose: (undo: boolean) => void }) {
  const t = useMessages(jobDescriptionMessages);
  const saveJobDescription = useAppStore((s) => s.saveJobDescription);
  const { register, watch, getValues } = useForm<JobDescriptionSections>({ defaultValues: initial });
  const values = watch();
  const tooLong = (key: keyof JobDescriptionSections) => values[key].length > ACTION_LIMITS.jobSection;
  const subscribe = useCallback((onChange: () => void) => watch(onChange), [watch]);
  // Set by Undo, so a save still pending when the editor closes does not bring the text back.
  const undone = useRef(false);
  useAutosave(subscribe, () => {
    if (undone.current) return;
    const typed = getValues();
    // An over-long section keeps its last text that fits, so the saved plan always opens.
    const current = useAppStore.getState().plan.jobDescription ?? initial;
    const kept = Object.fromEntries(
      JOB_SECTION_KEYS.map((key) => [key, typed[key].length > ACTION_LIMITS.jobSection ? current[key] : typed[key]]),
    ) as JobDescriptionSections;
    saveJobDescription(kept);
  });
  useEffect(() => {
    document.getElementById(firstFieldId)?.focus();
  }, []);

  return (
    <form onSubmit={(event) => event.preventDefault()} aria-label={t.formLabel}>
      <p className="hint">{t.keptAsYouType}</p>
      {JOB_SECTION_KEYS.map((key) => {
        const name = `job-${key}`;
        const error = tooLong(key)
          ? t.tooLong({ max: formatNumber(ACTION_LIMITS.jobSection), count: formatNumber(values[key].length) })
          : undefined;
        return (
          <div className={`form-group${error ? ' form-group--error' : ''}`} key={key}>
            <label className="label" htmlFor={fieldId(name)}>
              {jobSectionHeading(key)}
            </label>
            <FieldMessages name={name} error={error} />
            <textarea
              className="textarea"
              rows={key === 'reportsTo' ? 1 : 4}
              id={fieldId(name)}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy(error && errorId(name))}
              {...register(key)}
            />
          </div>
        );
      })}
      <div className="button-row">
        <button type="button" className="button" onClick={() => onClose(false)}>
          {t.done}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            undone.current = true;
            onClose(true);
          }}
        >
          {t.cancel}
        </button>
      </div>
    </form>
  );
}

/** The draft job description: assembled from steps 4 and 6 until the team edits it. */
export function JobDescriptionSection() {
  const state = useAppStore();
  const t = useMessages(jobDescriptionMessages);
  const sections = jobDescription(state);
  const edited = state.plan.jobDescription !== null;
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState('');
  // What to put back if the team undoes this edit: the saved text, or null (assembled from the steps).
  const before = useRef<JobDescriptionSections | null>(null);
  const [focusEdit, setFocusEdit] = useState(false);
  useEffect(() => {
    if (!focusEdit) return;
    document.getElementById(EDIT_BUTTON_ID)?.focus();
    setFocusEdit(false);
  }, [focusEdit]);

  const close = (undo: boolean) => {
    if (undo) state.saveJobDescription(before.current);
    setEditing(false);
    setStatus(undo ? t.undone : t.saved);
    setFocusEdit(true);
  };

  return (
    <section className="results-section" aria-labelledby="job-heading">
      <h2 className="section-title" id="job-heading">
        {t.heading}
      </h2>
      <p className="hint">
        {edited ? t.edited : t.assembled} {t.why}
      </p>
      {editing ? (
        <JobDescriptionEditor initial={sections} onClose={close} />
      ) : (
        <>
          {/* Label above answer: the sections are paragraphs, too long for a two-column table. */}
          <dl className="summary-list summary-list--stacked">
            {JOB_SECTION_KEYS.map((key) => (
              <div className="summary-list__row" key={key}>
                <dt className="summary-list__key">{jobSectionHeading(key)}</dt>
                <dd className="summary-list__value summary-list__value--text job-text">
                  {sections[key].trim() || t.notProvided}
                </dd>
              </div>
            ))}
          </dl>
          <div className="button-row">
            <button
              type="button"
              id={EDIT_BUTTON_ID}
              className="button button--secondary"
              onClick={() => {
                before.current = state.plan.jobDescription;
                setStatus('');
                setEditing(true);
              }}
            >
              {t.edit}
            </button>
            {edited ? (
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  state.saveJobDescription(null);
                  setStatus(t.rebuilt);
                }}
              >
                {t.rebuild}
              </button>
            ) : null}
          </div>
        </>
      )}
      <p role="status" className="save-note">
        {status}
      </p>
      <SourceNote page="steps" />
    </section>
  );
}
