import { interpolate } from '../../components/interpolate';
import { sourcePageText, type SeedPageKey } from '../../content/sources';
import { useMessages } from '../../i18n/i18n';
import { resultsMessages } from './results.messages';

/** "Source: <cite>page title</cite>" under a gap, an approach or a plan section. */
export function SourceNote({ page }: { page: SeedPageKey }) {
  const t = useMessages(resultsMessages);
  return <p className="source">{interpolate(t.source, { source: <cite>{sourcePageText(page)}</cite> })}</p>;
}
