/**
 * The launch milestones and the action rows on one time axis. Pure: ordering, the axis' ticks and the
 * milestones' rows (the eight a launch needs, then any the team added).
 */
import { currentLocaleTag } from '../../../i18n/locale';
import { messagesOf } from '../../../i18n/i18n';
import { statusLabel, type ActionRow } from '../../../store/action-row.schema';
import type { PlanData } from '../../../store/plan-slice';
import { MILESTONE_KEYS, type Milestone } from '../../../store/plan-parts.schema';
import { planPartsValueMessages } from '../../../store/plan-parts.messages';
import { timelineMessages } from './plan-parts.messages';

export interface TimelineEntry {
  kind: 'milestone' | 'action';
  id: string;
  label: string;
  owner: string;
  /** Actions only: the start date, ISO or blank. */
  start: string;
  /** The milestone's date or the action's due date (its start when it has no due date), ISO or blank. */
  date: string;
  done: boolean;
  statusLabel: string;
}

export const blankMilestone = (key: Milestone['key'], id: string): Milestone => ({
  id,
  key,
  label: '',
  date: '',
  owner: '',
  done: false,
});

/** The eight launch milestones in order (as saved, or blank), then the team's own. */
export function milestoneRows(plan: Pick<PlanData, 'milestones'>): Milestone[] {
  const saved = plan.milestones ?? [];
  const standard = MILESTONE_KEYS.map(
    (key) => saved.find((m) => m.key === key) ?? blankMilestone(key, key),
  );
  return [...standard, ...saved.filter((m) => m.key === null)];
}

export function milestoneLabel(m: Milestone): string {
  const values = messagesOf(planPartsValueMessages);
  return m.key
    ? values.milestones[m.key]
    : m.label.trim() || messagesOf(timelineMessages).untitledMilestone;
}

/** By date, earliest first; undated entries last; entries on the same date (or both undated) keep their order. */
export function orderTimeline<T extends { date: string }>(entries: readonly T[]): T[] {
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => {
      if (a.entry.date && b.entry.date && a.entry.date !== b.entry.date)
        return a.entry.date < b.entry.date ? -1 : 1;
      if (!a.entry.date !== !b.entry.date) return a.entry.date ? -1 : 1;
      return a.index - b.index;
    })
    .map(({ entry }) => entry);
}

export function timelineEntries(plan: Pick<PlanData, 'milestones' | 'actions'>): TimelineEntry[] {
  const t = messagesOf(timelineMessages);
  const milestones = milestoneRows(plan).map<TimelineEntry>((m) => ({
    kind: 'milestone',
    id: m.id,
    label: milestoneLabel(m),
    owner: m.owner,
    start: '',
    date: m.date,
    done: m.done,
    statusLabel: m.done ? t.done : t.notDone,
  }));
  const actions = plan.actions.map<TimelineEntry>((a: ActionRow) => ({
    kind: 'action',
    id: a.id,
    label: a.action.trim() || t.untitledAction,
    owner: a.owner,
    start: a.start,
    date: a.due || a.start,
    done: a.status === 'done',
    statusLabel: statusLabel(a.status),
  }));
  return orderTimeline([...milestones, ...actions]);
}

/** Days since 1970 for an ISO day, read as UTC so no time zone moves it. */
export const dayNumber = (iso: string) =>
  Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;

export interface TimeAxis {
  from: number;
  to: number;
  /** First day of each month (or quarter, over long spans) inside the range, with a short label. */
  ticks: { day: number; label: string }[];
}

/** The axis covering every dated entry (actions from their start), from the first month to the month after the last. */
export function timeAxis(entries: readonly TimelineEntry[]): TimeAxis | null {
  const days = entries
    .flatMap((e) => [e.start, e.date])
    .filter(Boolean)
    .map(dayNumber);
  if (days.length === 0) return null;
  const first = new Date(Math.min(...days) * 86_400_000);
  const last = new Date(Math.max(...days) * 86_400_000);
  const months =
    (last.getUTCFullYear() - first.getUTCFullYear()) * 12 +
    last.getUTCMonth() -
    first.getUTCMonth() +
    1;
  // At most about six labelled ticks, so month names never overlap on the chart.
  const step = [1, 2, 3, 6, 12].find((s) => months / s <= 6) ?? 12;
  const format = new Intl.DateTimeFormat(currentLocaleTag(), {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const ticks: TimeAxis['ticks'] = [];
  for (let m = 0; m <= months; m += step) {
    const date = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + m, 1));
    ticks.push({ day: date.getTime() / 86_400_000, label: format.format(date) });
  }
  const from = ticks[0]!.day;
  const to = Date.UTC(last.getUTCFullYear(), last.getUTCMonth() + 1, 1) / 86_400_000;
  return { from, to: Math.max(to, ticks[ticks.length - 1]!.day), ticks };
}
