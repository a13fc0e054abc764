/**
 * Why saved answers could not be used. Kept as a reason, not as text: saved answers are read while the
 * page starts, before a Spanish catalog may have loaded, so the notice words the reason when it is shown.
 */
import { messagesOf } from '../i18n/i18n';
import { storeMessages } from './store.messages';

export type UnreadableReason =
  | { kind: 'empty' }
  | { kind: 'damaged' }
  | { kind: 'newerVersion'; version: number }
  | { kind: 'noUpgrade'; version: number }
  | { kind: 'upgradeFailed' };

/** One sentence for the "could not be read" notice, in the language on screen. */
export function describeUnreadable(reason: UnreadableReason): string {
  const t = messagesOf(storeMessages);
  switch (reason.kind) {
    case 'empty':
      return t.savedEmpty;
    case 'damaged':
      return t.savedDamaged;
    case 'newerVersion':
      return t.savedByNewerVersion({ version: reason.version });
    case 'noUpgrade':
      return t.savedNoUpgrade({ version: reason.version });
    case 'upgradeFailed':
      return t.savedUpgradeFailed;
  }
}
