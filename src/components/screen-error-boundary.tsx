import { Component, type ReactNode } from 'react';
import { messagesOf } from '../i18n/i18n';
import { componentMessages } from './components.messages';

interface Props {
  children: ReactNode;
  /** Leave the broken screen, e.g. for the start page. */
  onLeave: () => void;
  /** True for the stepper: fail quietly, the main screen says what happened. */
  silent?: boolean;
}

/**
 * Catches a screen that cannot load (usually its chunk, on bad Wi-Fi before the app was kept offline)
 * or that throws while rendering, so the rest of the app, and every saved answer, stays usable.
 * Without it React unmounts the whole page, and because the view is saved, a reload lands on the
 * same failure. Retry renders the screen again; a failed chunk load is retried then (lazy-chunk.ts).
 */
export class ScreenErrorBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    if (this.props.silent) return null;
    // A class cannot use hooks; reading at render is enough, as the app remounts when the language changes.
    const t = messagesOf(componentMessages);
    return (
      <div className="panel panel--warning" role="alert">
        <h1 className="page-title">{t.screenFailedTitle}</h1>
        <p>{t.screenFailedText}</p>
        <p className="button-row">
          <button type="button" className="button" onClick={() => this.setState({ failed: false })}>
            {t.screenTryAgain}
          </button>
          <button type="button" className="button button--secondary" onClick={this.props.onLeave}>
            {t.screenGoToStart}
          </button>
        </p>
      </div>
    );
  }
}
