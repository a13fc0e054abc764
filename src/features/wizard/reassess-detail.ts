import { messagesOf } from '../../i18n/i18n';
import { hasCurrentAnswers, otherOrganisation } from '../../store/reassess-flow';
import { reassessMessages } from '../../store/reassess.messages';
import type { Snapshot } from '../../store/snapshot-types';

/** Asks first: what is replaced, and whether the snapshot is another school's or district's. */
export function reassessDetail(snapshot: Pick<Snapshot, 'orgName'>): string {
  const r = messagesOf(reassessMessages);
  const other = otherOrganisation(snapshot);
  return [hasCurrentAnswers() ? r.replaces : '', other ? r.otherOrg({ baseline: snapshot.orgName, current: other }) : '', r.startFresh]
    .filter(Boolean)
    .join(' ');
}

