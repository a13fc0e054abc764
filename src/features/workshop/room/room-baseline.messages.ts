/** The room's baseline: a group's earlier assessment beside its new consensus (issue 14). */
import { count, defineMessages, params } from '../../../i18n/i18n';

export const roomBaselineMessages = defineMessages('room-baseline', {
  title: 'Compare the consensus with a baseline',
  intro: 'Open the plan file of the group’s earlier assessment to show its levels beside the new consensus. The file is only read: nothing in the room changes, and it is not kept after you leave this page.',
  fileLabel: 'Baseline plan file',
  reading: 'Reading the file…',
  shown: params('Baseline: {orgName}, {date}.'),
  shownNoName: params('Baseline of {date}.'),
  remove: 'Stop comparing',
  tableCaption: 'Baseline and consensus level of each step',
  columns: { step: 'Step', baseline: 'Baseline', consensus: 'Consensus', change: 'Change' },
  overall: 'Overall readiness',
  change: { up: 'Moved up', down: 'Moved down', same: 'No change', unknown: 'Cannot compare' },
  moved: count({ one: '{count} item has a different level in the consensus than in the baseline.', other: '{count} items have a different level in the consensus than in the baseline.' }),
});
