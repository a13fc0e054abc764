import { useDocumentTitle } from '../../components/use-document-title';
import { sourceTitle } from '../../content/sources';
import { openView, preloadOnIntent } from '../../store/navigation';
import { STEP_IDS, type Mode, type StageId } from '../../stages/stage-list';
import { stepOverview } from '../../stages/stage-overview';
import { useAppStore } from '../../store/app-store';

/** Start loading the forms as soon as someone points at or tabs to a way into them. */
const preload = preloadOnIntent({ name: 'stage', stage: 'profile' });
const preloadWorkshop = preloadOnIntent({ name: 'worksheets' });

export function StartPage({ headingRef }: { headingRef: React.RefObject<HTMLHeadingElement | null> }) {
  const mode = useAppStore((s) => s.mode);
  const completed = useAppStore((s) => s.completed);
  const { chooseMode } = useAppStore.getState();
  useDocumentTitle('Plan STEM teacher leadership');

  // Change view once the forms have loaded (at once if they already have), so no loading state flashes.
  const start = (chosen: Mode) =>
    openView({ name: 'stage', stage: 'profile' }, () => chooseMode(chosen));
  const hasProgress = mode !== null && completed.length > 0;

  return (
    <>
      <h1 className="page-title" tabIndex={-1} ref={headingRef}>
        Plan STEM teacher leadership, step by step
      </h1>
      <p className="lead">
        Work through the seven implementation steps for a STEM teacher leadership program, rate your readiness on
        each, and build a plan your team can act on.
      </p>
      {hasProgress ? (
        <div className="panel">
          <h2 className="section-title">Pick up where you left off</h2>
          <p>
            You have completed {completed.length} of {STEP_IDS.length + 1} stages of a{' '}
            {mode === 'quick' ? 'quick readiness check' : 'full plan'}.
          </p>
          <button
            type="button"
            className="button"
            {...preload}
            onClick={() => {
              const next = (['profile', ...STEP_IDS] as StageId[]).find((id) => !completed.includes(id));
              openView(next ? { name: 'stage', stage: next } : { name: 'review' });
            }}
          >
            Continue
          </button>
        </div>
      ) : null}
      <h2 className="section-title">{hasProgress ? 'Or start a new one' : 'Choose how to start'}</h2>
      <div className="mode-cards">
        <section className="mode-card" aria-labelledby="quick-title">
          <h3 id="quick-title">Quick readiness check</h3>
          <p>About 10–15 minutes. Rate your readiness on each step and see where the gaps are.</p>
          <p className="hint">Suits a principal’s self-assessment. You can turn it into a full plan later.</p>
          <button type="button" className="button" {...preload} onClick={() => start('quick')} disabled={hasProgress}>
            Start a quick check
          </button>
        </section>
        <section className="mode-card" aria-labelledby="full-title">
          <h3 id="full-title">Full implementation plan</h3>
          <p>Every question in all seven steps, for a district or school team drafting its plan.</p>
          <p className="hint">Takes longer; your answers are kept as you go, so you can stop and come back.</p>
          <button type="button" className="button" {...preload} onClick={() => start('full')} disabled={hasProgress}>
            Start a full plan
          </button>
        </section>
      </div>
      {hasProgress ? <p className="hint">To start a new one, use “Start over” at the top of the page first.</p> : null}
      <h2 className="section-title">The seven steps</h2>
      <ol className="step-overview">
        {stepOverview().map((step) => (
          <li key={step.id}>
            <strong>{step.title}.</strong> {step.purpose}
          </li>
        ))}
      </ol>
      <section aria-labelledby="workshop-title">
        <h2 id="workshop-title" className="section-title">
          Running a workshop?
        </h2>
        {/* A plain list so further workshop tools can be added as items. */}
        <ul className="workshop-links">
          <li>
            <button
              type="button"
              className="link-button"
              {...preloadOnIntent({ name: 'room' })}
              onClick={() => openView({ name: 'room' })}
            >
              Workshop room: individual, then team
            </button>{' '}
            – combine the files participants saved, see where they disagree, and record the team’s consensus.
          </li>
          <li>
            <button
              type="button"
              className="link-button"
              {...preloadWorkshop}
              onClick={() => openView({ name: 'presentation', step: STEP_IDS[0]! })}
            >
              Present the seven steps on a projector
            </button>{' '}
            – one step at a time in large type, with discussion prompts and a timer.
          </li>
          <li>
            <button
              type="button"
              className="link-button"
              {...preloadWorkshop}
              onClick={() => openView({ name: 'worksheets' })}
            >
              Printable worksheets
            </button>{' '}
            – every step on paper, in case Wi-Fi or laptops fail.
          </li>
        </ul>
      </section>
      <h2 className="section-title">Your answers stay on this computer</h2>
      <p>
        Nothing you type is sent anywhere. Answers are kept in this browser until you save or export them. Do not enter
        information about individual students.
      </p>
      <p className="source">
        Content is drawn from <cite>{sourceTitle()}</cite>, reflections by the STEM teacher leader community. Rating levels
        follow the Early, Developing, Prepared and Model continuum of the North Carolina STEM attribute rubrics.
      </p>
    </>
  );
}
