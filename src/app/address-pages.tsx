import type { RefObject } from 'react';
import { Link } from 'wouter';
import { useDocumentTitle } from '../components/use-document-title';
import { useMessages } from '../i18n/i18n';
import { addressMessages } from './app.messages';
import { ScreenHeading } from '../components/screen-heading';

type HeadingRef = RefObject<HTMLHeadingElement | null>;

function AddressPage({ title, body, headingRef }: { title: string; body: string; headingRef: HeadingRef }) {
  const t = useMessages(addressMessages);
  useDocumentTitle(title);
  return (
    <>
      <ScreenHeading headingRef={headingRef}>
        {title}
      </ScreenHeading>
      <p>{body}</p>
      <p>
        <Link href="/" className="button">
          {t.goHome}
        </Link>
      </p>
    </>
  );
}

/** An address the app does not have: say so, and offer the way home (never a blank page). */
export function NotFoundPage({ headingRef }: { headingRef: HeadingRef }) {
  const t = useMessages(addressMessages);
  return <AddressPage title={t.notFoundTitle} body={t.notFoundBody} headingRef={headingRef} />;
}

/** A shared link to a screen of answers (a step, review, results, plan) opened where there are none. */
export function NeedsAnswersPage({ headingRef }: { headingRef: HeadingRef }) {
  const t = useMessages(addressMessages);
  return <AddressPage title={t.needsAnswersTitle} body={t.needsAnswersBody} headingRef={headingRef} />;
}
