/** Past snapshots on the start page (issue 14). */
import { defineMessages, params } from '../../i18n/i18n';

export const snapshotListMessages = defineMessages('wizard-snapshots', {
  title: 'Past assessments',
  intro: 'Each finished assessment is kept here as a read-only snapshot. Start a reassessment from one to update it and see what changed.',
  none: 'No finished assessments yet. Finish one from its results page to keep a snapshot.',
  listLabel: 'Snapshots',
  dateTime: params('{date}, {time}'),
  quick: 'Quick readiness check',
  full: 'Full implementation plan',
  overall: params('Overall readiness: {level}'),
  notJudged: 'not enough ratings to judge',
  kindAndOrg: params('{kind} · {orgName}'),
  baselineTag: 'Baseline of the current reassessment',
  view: params('View or export the snapshot of {when}'),
  reassess: params('Start a reassessment from the snapshot of {when}'),
  deleteLabel: params('Delete the snapshot of {when}'),
  deleteQuestion: params('Delete the snapshot of {when}?'),
  deleteDetail: 'It is removed from this browser. Copies you saved as files are not affected.',
  deleteBaseline:
    'Your current reassessment is based on this snapshot. It keeps its own copy, so the progress view keeps working, but the snapshot itself will no longer be listed here.',
  deleteConfirm: 'Delete the snapshot',
  deleted: params('The snapshot of {when} was deleted.'),
  progressLink: 'See progress since the baseline',
  fileTitle: 'Reassess against a plan file',
  fileReading: 'Reading the file…',
  fileQuestion: params('Start a reassessment against “{fileName}”?'),
  cancel: 'Cancel',
});
