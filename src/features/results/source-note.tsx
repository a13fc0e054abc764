import { Fragment } from 'react';
import { interpolate } from '../../components/interpolate';
import { sourcePageText, type SeedPageKey } from '../../content/sources';
import { useMessages } from '../../i18n/i18n';
import { resultsMessages } from './results.messages';

/** "Source: <cite>page title</cite>" under a plan section. */
export function SourceNote({ page }: { page: SeedPageKey }) {
  const t = useMessages(resultsMessages);
  return <p className="source">{interpolate(t.source, { source: <cite>{sourcePageText(page)}</cite> })}</p>;
}

/** One source line for a whole section, naming each page its items draw on once. */
export function SectionSources({ pages }: { pages: readonly SeedPageKey[] }) {
  const t = useMessages(resultsMessages);
  const unique = [...new Set(pages)];
  if (unique.length === 0) return null;
  const cites = unique.map((page, i) => (
    <Fragment key={page}>
      {i > 0 ? '; ' : null}
      <cite>{sourcePageText(page)}</cite>
    </Fragment>
  ));
  return <p className="source">{interpolate(t.sectionSources, { sources: <>{cites}</> })}</p>;
}

/** An item's own source, opened on demand so a list of items is not a list of citations. */
export function ItemSource({ page }: { page: SeedPageKey }) {
  const t = useMessages(resultsMessages);
  return (
    <details className="item-source">
      <summary>{t.itemSource}</summary>
      <p className="source">
        <cite>{sourcePageText(page)}</cite>
      </p>
    </details>
  );
}
