import type { RefObject } from 'react';
import { ScreenHeading } from '../../components/screen-heading';
import { useDocumentTitle } from '../../components/use-document-title';
import { useMessages } from '../../i18n/i18n';
import { openView, preloadOnIntent } from '../../store/navigation';
import { pathOfView } from '../../store/view-path';
import { privacyMessages } from './your-data.messages';

/**
 * The footer's way to the privacy note, on every page. A real link to its own address (`/privacy`), so it can
 * be opened in a new tab or shared; a plain click stays in the app.
 */
export function PrivacyLink() {
  const t = useMessages(privacyMessages);
  return (
    <p>
      <a
        href={pathOfView({ name: 'privacy' })}
        {...preloadOnIntent({ name: 'privacy' })}
        onClick={(event) => {
          if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
          event.preventDefault();
          openView({ name: 'privacy' });
        }}
      >
        {t.link}
      </a>
    </p>
  );
}

/** What the app keeps, where, and what not to type: a screen of its own. */
export function PrivacyPage({ headingRef }: { headingRef: RefObject<HTMLHeadingElement | null> }) {
  const t = useMessages(privacyMessages);
  useDocumentTitle(t.title);
  return (
    <>
      <ScreenHeading headingRef={headingRef}>{t.title}</ScreenHeading>
      <p className="lead">{t.note}</p>
      <p>
        <strong>{t.studentWarning}</strong>
      </p>
      <p>{t.sharedComputer}</p>
    </>
  );
}
