import { Suspense, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { ConfirmButton } from '../components/confirm-button';
import { ScreenErrorBoundary } from '../components/screen-error-boundary';
import { sourceTitleWithGloss } from '../content/sources';
import { interpolate } from '../components/interpolate';
import { appName } from '../components/use-document-title';
import { useMessages } from '../i18n/i18n';
import { formatTime, isTimeFormatReady, warmFormatters } from '../i18n/format';
import { PAUSE_MS, whenLeftAlone } from '../lib/when-left-alone';
import { appMessages } from './app.messages';
import { LanguageSwitch } from './language-switch';
import { NeedsAnswersPage, NotFoundPage } from './address-pages';
import { useAddressSync } from './address-sync';
import { useLeaveWarning } from './leave-warning';
import { DataNotices } from '../features/your-data/data-notices';
import { OpenFileDialog } from '../features/your-data/open-file-dialog';
import { PrivacyLink, PrivacyPage } from '../features/your-data/privacy-note';
import { ResetForNextGroupButton } from '../features/workshop/room/reset-dialog';
import { YourDataMenu } from '../features/your-data/your-data-menu';
import { OfflineReadyStatus, UpdateNotice } from '../features/offline/offline-notices';
import { useAppStore } from '../store/app-store';
import { useStorageStatus } from '../store/safe-storage';
import { StartPage } from '../features/wizard/start-page';
import {
  PlanPage,
  ProgressPage,
  ResultsPage,
  ReviewPage,
  RoomPage,
  RoomProjector,
  ScreenLoading,
  SnapshotPage,
  StageForm,
  Stepper,
} from './lazy-screens';
import { PresentationView, WorksheetsPage } from './lazy-workshop';

/** Views that belong to the wizard, and so show its stepper; they show answers, so they need an assessment. */
const WIZARD_VIEWS: ReadonlySet<string> = new Set(['stage', 'review', 'results', 'plan']);

function SaveStatus() {
  const { lastSavedAt, memoryOnly, problem } = useStorageStatus();
  const t = useMessages(appMessages);
  const timeReady = useTimeFormatReady();
  if (memoryOnly || problem) {
    return (
      <p className="save-status" role="status">
        <span aria-hidden="true">! </span>
        {t.notSaved}
      </p>
    );
  }
  if (lastSavedAt === null) return null;
  const time = timeReady ? formatTime(lastSavedAt) : null;
  return (
    // Short on screen so the desktop header stays one row; the full sentence is what a screen reader hears.
    <p className="save-status" role="status">
      <span aria-hidden="true">✓ {time ? t.savedShort({ time }) : t.savedShortNoTime}</span>
      <span className="visually-hidden">{time ? t.savedAt({ time }) : t.savedNoTime}</span>
    </p>
  );
}

/** False until formatTime is ready; then made in a pause, not in the frame that draws a new screen nor between typed keys. */
function useTimeFormatReady(): boolean {
  const [ready, setReady] = useState(isTimeFormatReady);
  useEffect(() => {
    if (ready) return;
    return whenLeftAlone(() => {
      warmFormatters();
      setReady(true);
    }, PAUSE_MS);
  }, [ready]);
  return ready;
}

function viewKey(view: ReturnType<typeof useAppStore.getState>['view']): string {
  return view.name === 'stage' ? `stage:${view.stage}` : view.name;
}

export function App({ unknownAddressAtLoad = false }: { unknownAddressAtLoad?: boolean }) {
  const view = useAppStore((s) => s.view);
  const [unknownAddress, setUnknownAddress] = useState(unknownAddressAtLoad);
  useAddressSync(setUnknownAddress, unknownAddressAtLoad);
  useLeaveWarning();
  const mode = useAppStore((s) => s.mode);
  const startOver = useAppStore((s) => s.startOver);
  // A workshop is under way once the room holds anyone: then resetting for the next group belongs in the header.
  const roomInUse = useAppStore(
    (s) => s.room.participants.length > 0 || Object.keys(s.room.consensus).length > 0,
  );
  const headingRef = useRef<HTMLHeadingElement>(null);
  // A shared link to answers opened in a browser that has none: explain instead of showing an empty form.
  const needsAnswers = WIZARD_VIEWS.has(view.name) && mode === null;
  const key = unknownAddress
    ? 'not-found'
    : needsAnswers
      ? `needs-answers:${view.name}`
      : viewKey(view);
  // Answers reloaded from another tab or a file: remount the form so it shows them.
  const externalRevision = useStorageStatus((s) => s.externalRevision);
  const firstRender = useRef(true);

  // On every change of stage, move focus to its heading so keyboard and screen-reader users start at the top.
  useLayoutEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
    window.scrollTo?.(0, 0);
  }, [key]);

  const leave = () => useAppStore.getState().goTo({ name: 'start' });
  const t = useMessages(appMessages);
  const [headerMenuOpen, setHeaderMenuOpen] = useState(false);

  // On a projector the app's header, stepper and footer only take room from the step; the view has its own
  // "Leave presentation" button and Escape.
  if ((view.name === 'presentation' || view.name === 'room-present') && !unknownAddress) {
    return (
      <>
        <DataNotices />
        <main id="main" className="presentation-main" tabIndex={-1}>
          <ScreenErrorBoundary key={key} onLeave={leave}>
            <Suspense fallback={<ScreenLoading />}>
              {view.name === 'presentation' ? (
                <PresentationView step={view.step} returnTo={view.returnTo} headingRef={headingRef} />
              ) : (
                <RoomProjector key={externalRevision} step={view.step} headingRef={headingRef} />
              )}
            </Suspense>
          </ScreenErrorBoundary>
        </main>
      </>
    );
  }

  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipToMain}
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <p className="app-header__name">
            {/* The visible name (long or, on a phone, short) starts the link's name, as WCAG 2.5.3 asks. */}
            <Link href="/" className="app-header__home">
              <span className="app-header__long-name">{appName()}</span>
              <span className="app-header__short-name">{t.shortName}</span>
              <span className="visually-hidden"> {t.homeLinkSuffix}</span>
            </Link>
          </p>
          <LanguageSwitch />
          {/* On a phone the rest of the header folds into this menu, so the header stays one row. */}
          <button
            type="button"
            className="button button--small button--secondary app-header__menu-toggle"
            aria-expanded={headerMenuOpen}
            aria-controls="header-actions"
            onClick={() => setHeaderMenuOpen((open) => !open)}
          >
            {t.menu} <span aria-hidden="true">{headerMenuOpen ? '▴' : '▾'}</span>
          </button>
          <div id="header-actions" className="app-header__actions" data-open={headerMenuOpen}>
            <SaveStatus />
            <OfflineReadyStatus />
            <YourDataMenu />
            {roomInUse && view.name !== 'room' ? (
              <ResetForNextGroupButton className="button button--small button--secondary app-header__reset" />
            ) : null}
            {mode !== null && !roomInUse ? (
              <ConfirmButton
                label={t.startOver}
                question={t.startOverQuestion}
                confirmLabel={t.startOverConfirm}
                onConfirm={startOver}
                className="button button--small button--secondary"
              />
            ) : null}
          </div>
        </div>
      </header>
      <DataNotices />
      <UpdateNotice />
      <OpenFileDialog />
      <div className="layout">
        <ScreenErrorBoundary key={key} onLeave={leave} silent>
          <Suspense fallback={null}>
            {WIZARD_VIEWS.has(view.name) && !needsAnswers && !unknownAddress ? <Stepper /> : null}
          </Suspense>
        </ScreenErrorBoundary>
        <main id="main" className="main" tabIndex={-1}>
          {unknownAddress ? <NotFoundPage headingRef={headingRef} /> : null}
          {needsAnswers && !unknownAddress ? <NeedsAnswersPage headingRef={headingRef} /> : null}
          {view.name === 'start' && !unknownAddress ? <StartPage headingRef={headingRef} /> : null}
          {view.name === 'privacy' && !unknownAddress ? <PrivacyPage headingRef={headingRef} /> : null}
          {unknownAddress || needsAnswers ? null : (
            <ScreenErrorBoundary key={key} onLeave={leave}>
              <Suspense fallback={<ScreenLoading />}>
                {view.name === 'stage' ? (
                  <StageForm
                    key={`${key}:${externalRevision}`}
                    stage={view.stage}
                    headingRef={headingRef}
                  />
                ) : null}
                {view.name === 'review' ? <ReviewPage headingRef={headingRef} /> : null}
                {view.name === 'results' ? <ResultsPage headingRef={headingRef} /> : null}
                {view.name === 'plan' ? <PlanPage headingRef={headingRef} /> : null}
                {view.name === 'progress' ? <ProgressPage headingRef={headingRef} /> : null}
                {view.name === 'snapshot' ? <SnapshotPage id={view.id} headingRef={headingRef} /> : null}
                {view.name === 'worksheets' ? <WorksheetsPage headingRef={headingRef} /> : null}
                {view.name === 'room' ? (
                  <RoomPage key={externalRevision} headingRef={headingRef} />
                ) : null}
              </Suspense>
            </ScreenErrorBoundary>
          )}
        </main>
      </div>
      <footer className="app-footer">
        <p>{interpolate(t.footer, { source: <cite>{sourceTitleWithGloss()}</cite> })}</p>
        <PrivacyLink />
      </footer>
    </>
  );
}
