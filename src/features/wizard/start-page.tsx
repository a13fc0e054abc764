import { interpolate } from '../../components/interpolate';
import { useDocumentTitle } from '../../components/use-document-title';
import { sourceTitleWithGloss } from '../../content/sources';
import { formatNumber } from '../../i18n/format';
import { useMessages } from '../../i18n/i18n';
import { openView, preloadOnIntent } from '../../store/navigation';
import { STEP_IDS, type Mode, type StageId } from '../../stages/stage-order';
import { stepOverview } from '../../stages/stage-overview';
import { useAppStore } from '../../store/app-store';
import type { View } from '../../store/navigation-slice';
import { startPageMessages } from './start-page.messages';
import { ScreenHeading } from '../../components/screen-heading';
import { SnapshotList } from './snapshot-list';

/** Start loading the forms as soon as someone points at or tabs to a way into them. */
const preload = preloadOnIntent({ name: 'stage', stage: 'profile' });

export function StartPage({ headingRef }: { headingRef: React.RefObject<HTMLHeadingElement | null> }) {
  const mode = useAppStore((s) => s.mode);
  const completed = useAppStore((s) => s.completed);
  const { chooseMode } = useAppStore.getState();
  const t = useMessages(startPageMessages);
  useDocumentTitle(t.documentTitle);

  // Change view once the forms have loaded (at once if they already have), so no loading state flashes.
  const start = (chosen: Mode) =>
    openView({ name: 'stage', stage: 'profile' }, () => chooseMode(chosen));
  const hasProgress = mode !== null && completed.length > 0;
  // Counts the seven steps, as the stepper does; the profile is not a step.
  const stepsDone = completed.filter((id) => id !== 'profile').length;
  const progress = { done: formatNumber(stepsDone), total: formatNumber(STEP_IDS.length) };

  return (
    <>
      <ScreenHeading headingRef={headingRef}>
        {t.title}
      </ScreenHeading>
      <p className="lead">{t.lead}</p>
      {hasProgress ? (
        <div className="panel">
          <h2 className="section-title">{t.resumeTitle}</h2>
          <p>{mode === 'quick' ? t.resumeQuick(progress) : t.resumeFull(progress)}</p>
          <button
            type="button"
            className="button"
            {...preload}
            onClick={() => {
              const next = (['profile', ...STEP_IDS] as StageId[]).find((id) => !completed.includes(id));
              openView(next ? { name: 'stage', stage: next } : { name: 'review' });
            }}
          >
            {t.resumeButton}
          </button>
        </div>
      ) : null}
      <h2 className="section-title">{hasProgress ? t.startNewTitle : t.chooseTitle}</h2>
      <div className="mode-cards">
        <section className="mode-card" aria-labelledby="quick-title">
          <h3 id="quick-title">{t.quickTitle}</h3>
          <p>{t.quickText}</p>
          <p className="hint">{t.quickHint}</p>
          <button
            type="button"
            className="button"
            data-start-mode="quick"
            {...preload}
            onClick={() => start('quick')}
            disabled={hasProgress}
          >
            {t.quickButton}
          </button>
        </section>
        <section className="mode-card" aria-labelledby="full-title">
          <h3 id="full-title">{t.fullTitle}</h3>
          <p>{t.fullText}</p>
          <p className="hint">{t.fullHint}</p>
          <button
            type="button"
            className="button"
            data-start-mode="full" // read by prerender-takeover.ts for a click before the app took over
            {...preload}
            onClick={() => start('full')}
            disabled={hasProgress}
          >
            {t.fullButton}
          </button>
        </section>
      </div>
      {hasProgress ? <p className="hint">{t.startOverHint}</p> : null}
      <SnapshotList />
      {/* Below the fold on common screens: laid out just after the first paint (start-page-early.js). */}
      <div className="start-page__later">
        <h2 className="section-title">{t.stepsTitle}</h2>
        <p>{t.stepsOrder}</p>
        <ol className="step-overview">
          {stepOverview().map((step) => (
            <li key={step.id}>
              <strong>{step.title}.</strong> {step.purpose}
            </li>
          ))}
        </ol>
        <section aria-labelledby="workshop-title">
          <h2 id="workshop-title" className="section-title">
            {t.workshopTitle}
          </h2>
          {/* A plain list so further workshop tools can be added as items. */}
          <ul className="workshop-links">
            <li>{interpolate(t.roomItem, { link: <WorkshopLink view={{ name: 'room' }} label={t.roomLink} /> })}</li>
            <li>
              {interpolate(t.presentItem, {
                link: <WorkshopLink view={{ name: 'presentation', step: STEP_IDS[0]! }} label={t.presentLink} />,
              })}
            </li>
            <li>
              {interpolate(t.worksheetsItem, { link: <WorkshopLink view={{ name: 'worksheets' }} label={t.worksheetsLink} /> })}
            </li>
          </ul>
        </section>
        <h2 className="section-title">{t.privacyTitle}</h2>
        <p>{t.privacyText}</p>
        <p className="source">{interpolate(t.sourceNote, { source: <cite>{sourceTitleWithGloss()}</cite> })}</p>
      </div>
    </>
  );
}

/** A workshop tool's link in running text: its screen starts loading when pointed at or focused. */
function WorkshopLink({ view, label }: { view: View; label: string }) {
  return (
    <button type="button" className="link-button" {...preloadOnIntent(view)} onClick={() => openView(view)}>
      {label}
    </button>
  );
}
