/**
 * A visible way back to the screen the facilitator came from, on every workshop screen (issue 13); the
 * start page when the screen was opened directly. Named after where it goes.
 */
import { useState } from 'react';
import { useMessages } from '../../i18n/i18n';
import { openView } from '../../store/navigation';
import type { View } from '../../store/navigation-slice';
import { cameFromFor, type WorkshopScreen } from './came-from';
import { backLinkMessages } from './back-link.messages';

type BackLabels = ReturnType<typeof backLinkMessages.get>;

export function backLabel(t: BackLabels, view: View): string {
  switch (view.name) {
    case 'room-present':
      return t.roomPresent;
    case 'start':
    case 'stage':
    case 'review':
    case 'results':
    case 'plan':
    case 'presentation':
    case 'worksheets':
    case 'room':
    case 'privacy':
    case 'progress':
    case 'snapshot':
      return t[view.name];
  }
}

/** Where the way back from `screen` goes: where the facilitator came from, else `fallback`, else the start page. */
export function useBackTarget(screen: WorkshopScreen, fallback?: View): View {
  const [target] = useState<View>(() => cameFromFor(screen) ?? fallback ?? { name: 'start' });
  return target;
}

export function BackLink({ screen, fallback, className }: { screen: WorkshopScreen; fallback?: View; className?: string }) {
  const t = useMessages(backLinkMessages);
  const target = useBackTarget(screen, fallback);
  return (
    <p className={className ?? 'workshop-back'}>
      <button type="button" className="link-button" onClick={() => openView(target)}>
        {backLabel(t, target)}
      </button>
    </p>
  );
}
