import { useState } from 'react';
import { fieldId } from '../../../components/field';
import { sourcePageText } from '../../../content/sources';
import { useAppStore } from '../../../store/app-store';
import { JOB_SECTIONS, type JobDescriptionSections, type JobSectionKey } from '../../../store/action-row.schema';
import { jobDescription } from './plan-model';

/** The draft job description: assembled from steps 4 and 6 until the team edits it. */
export function JobDescriptionSection() {
  const state = useAppStore();
  const sections = jobDescription(state);
  const edited = state.plan.jobDescription !== null;
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState('');

  const save = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next = Object.fromEntries(
      JOB_SECTIONS.map((s) => [s.key, String(data.get(s.key) ?? '').trim()]),
    ) as JobDescriptionSections;
    state.saveJobDescription(next);
    setEditing(false);
    setStatus('Job description saved.');
  };

  return (
    <section className="results-section" aria-labelledby="job-heading">
      <h2 className="section-title" id="job-heading">
        Draft job description
      </h2>
      <p className="hint">
        {edited
          ? 'Your edited version. Changes to steps 4 and 6 no longer update it.'
          : 'Assembled from the role design in step 4 and the position in step 6.'}{' '}
        A clear description with competencies, responsibilities, reporting line and evaluation matters for early
        success.
      </p>
      {editing ? (
        <form onSubmit={save} aria-label="Edit the job description">
          {JOB_SECTIONS.map((s) => (
            <div className="form-group" key={s.key}>
              <label className="label" htmlFor={fieldId(`job-${s.key}`)}>
                {s.heading}
              </label>
              <textarea
                className="textarea"
                rows={s.key === 'reportsTo' ? 1 : 4}
                id={fieldId(`job-${s.key}`)}
                name={s.key}
                defaultValue={sections[s.key as JobSectionKey]}
              />
            </div>
          ))}
          <div className="button-row">
            <button type="submit" className="button">
              Save job description
            </button>
            <button type="button" className="button button--secondary" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <>
          <dl className="summary-list">
            {JOB_SECTIONS.map((s) => (
              <div className="summary-list__row" key={s.key}>
                <dt className="summary-list__key">{s.heading}</dt>
                <dd className="summary-list__value summary-list__value--text job-text">
                  {sections[s.key as JobSectionKey] || 'Not provided'}
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
              Edit job description
            </button>
            {edited ? (
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  state.saveJobDescription(null);
                  setStatus('Job description rebuilt from your answers.');
                }}
              >
                Rebuild from my answers
              </button>
            ) : null}
          </div>
        </>
      )}
      <p role="status" className="save-note">
        {status}
      </p>
      <p className="source">
        Source: <cite>{sourcePageText('steps')}</cite>
      </p>
    </section>
  );
}
