import { useState } from 'react';
import { fieldId } from '../../../components/field';
import { useMessages } from '../../../i18n/i18n';
import { useAppStore } from '../../../store/app-store';
import { JOB_SECTION_KEYS, jobSectionHeading, type JobDescriptionSections } from '../../../store/action-row.schema';
import { SourceNote } from '../source-note';
import { jobDescription } from './plan-model';
import { jobDescriptionMessages } from './plan.messages';

/** The draft job description: assembled from steps 4 and 6 until the team edits it. */
export function JobDescriptionSection() {
  const state = useAppStore();
  const t = useMessages(jobDescriptionMessages);
  const sections = jobDescription(state);
  const edited = state.plan.jobDescription !== null;
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState('');

  const save = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next = Object.fromEntries(
      JOB_SECTION_KEYS.map((key) => [key, String(data.get(key) ?? '').trim()]),
    ) as JobDescriptionSections;
    state.saveJobDescription(next);
    setEditing(false);
    setStatus(t.saved);
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
        <form onSubmit={save} aria-label={t.formLabel}>
          {JOB_SECTION_KEYS.map((key) => (
            <div className="form-group" key={key}>
              <label className="label" htmlFor={fieldId(`job-${key}`)}>
                {jobSectionHeading(key)}
              </label>
              <textarea
                className="textarea"
                rows={key === 'reportsTo' ? 1 : 4}
                id={fieldId(`job-${key}`)}
                name={key}
                defaultValue={sections[key]}
              />
            </div>
          ))}
          <div className="button-row">
            <button type="submit" className="button">
              {t.save}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setEditing(false)}>
              {t.cancel}
            </button>
          </div>
        </form>
      ) : (
        <>
          <dl className="summary-list">
            {JOB_SECTION_KEYS.map((key) => (
              <div className="summary-list__row" key={key}>
                <dt className="summary-list__key">{jobSectionHeading(key)}</dt>
                <dd className="summary-list__value summary-list__value--text job-text">
                  {sections[key] || t.notProvided}
                </dd>
              </div>
            ))}
          </dl>
          <div className="button-row">
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
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
