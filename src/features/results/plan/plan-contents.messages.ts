/** The plan's contents list and the one-line status of each part, in English; Spanish beside it. */
import { count, defineMessages, params } from '../../../i18n/i18n';

export const planContentsMessages = defineMessages('plan-contents', {
  label: 'Parts of the plan',
  jumpTo: 'Jump to a part of the plan',
  exportReady: 'Ready to export',
  exportProblems: count({ one: '{count} thing to fix first', other: '{count} things to fix first' }),
  actions: params('{complete} of {total} actions have an owner and a due date'),
  noActions: 'No actions yet',
  proposals: count({ one: '{count} proposal waiting', other: '{count} proposals waiting' }),
  noProposals: 'Every proposal answered',
  milestones: params('{dated} of {total} milestones dated'),
  budget: count({ one: '{count} cost line', other: '{count} cost lines' }),
  noBudget: 'No cost lines yet',
  jobEdited: 'Edited by your team',
  jobAssembled: 'Drafted from steps 4 and 6',
  roleChecks: count({ one: '{count} point to look at', other: '{count} points to look at' }),
  noRoleChecks: 'No contradictions found',
  pdAreas: count({ one: '{count} support area', other: '{count} support areas' }),
  sustainability: 'From your step 5 answers',
  evaluation: params('{set} of {total} indicators have a target'),
  noEvaluation: 'No indicators yet',
  communication: count({ one: '{count} message planned', other: '{count} messages planned' }),
  noCommunication: 'No messages planned yet',
});
