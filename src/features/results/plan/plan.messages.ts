/**
 * The plan screen's wording in English (the base language); Spanish beside it in plan.messages.es.ts.
 * Status names, job description headings and the row editor's validation messages are in
 * src/store/action-row.messages.ts, beside the schema that stores them.
 */
import { count, defineMessages, params } from '../../../i18n/i18n';

export const planPageMessages = defineMessages('plan-page', {
  title: 'Your draft implementation plan',
  caption: 'Full plan',
  lead: 'Actions to close your gaps, with owners and dates, and drafts of the job description, the teacher leader’s development plan and your sustainability plan.',
  /** {decision} is the decision's label, highlighted. */
  decisionChosen: 'Readiness decision: {decision} (chosen by your team)',
  decisionProposed: 'Readiness decision: {decision} (proposed)',

  exportHeading: 'Before you export',
  fixFirst: 'Fix these first; every action needs an owner, a due date on or after its start date, and its changes saved.',
  allValid: 'Every action has an owner and valid dates.',
  emptyPlan: 'Your action plan is empty. Accept a proposed action or add your own.',

  actionsHeading: params('Action plan ({count})'),
  noActions: 'No actions yet.',
  editAction: 'Edit action',
  addAction: 'Add an action',
  actionSaved: params('Action saved: {action}'),
  actionDeleted: params('Action deleted: {action}'),

  /** One action in the plan. */
  untitledAction: 'Untitled action',
  linkedStep: 'Linked step',
  owner: 'Owner',
  noOwner: 'No owner yet',
  dates: 'Start and due dates',
  dateRange: params('{start} to {due}'),
  dueOnly: params('Due {due}'),
  startOnly: params('Starts {start}'),
  noDates: 'No dates yet',
  resources: 'Resources needed',
  successMeasure: 'Success measure',
  status: 'Status',
  notProvided: 'Not provided',
  /** {context} is `actionContext`, read by screen readers only. */
  edit: 'Edit {context}',
  delete: 'Delete {context}',
  actionContext: params('action: {action}'),

  proposalsHeading: params('Proposed actions ({count})'),
  noProposals: 'No proposals left: each gap has an action or was dismissed.',
  proposalsHint: 'One for each gap, in ranked order. Accept to add it to your action plan, then give it an owner and dates.',
  /** {rating} is the level, highlighted. */
  proposalStep: 'Step {number}: {title} · rated {rating}',
  proposedAction: 'Proposed action:',
  /** {context} is `proposalContext`, read by screen readers only. */
  accept: 'Accept {context}',
  dismiss: 'Dismiss {context}',
  proposalContext: params('proposed action: {action}'),
  accepted: params('Added to your action plan: {action}'),
  dismissed: 'Proposed action dismissed.',

  pdHeading: 'Professional development plan for the teacher leader',
  pdHint:
    'From step 7: your rating of each of the six areas and the support you planned, with the approaches chosen in step 4 that call for development in each area.',
  pdTable: 'Professional development plan by area',
  pdColumns: {
    area: 'Area',
    currentStrength: 'Current strength',
    priority: 'Priority',
    plannedSupport: 'Planned support',
    timeline: 'Timeline',
  },
  changePd: 'Change the development plan in step 7',

  sustainHeading: 'Sustainability summary',
  fundingTable: 'Funding for the position by year',
  fundingColumns: { year: 'Year', source: 'Main funding source', details: 'Details' },
  transition: 'Move to recurring funding',
  elementsToSustain: 'Deciding which elements to sustain',
  partners: 'Thought partners and ambassadors',

  backToResults: 'Back to results',
});

export const actionEditorMessages = defineMessages('plan-action-editor', {
  action: 'Action',
  linkedStep: 'Linked step',
  stepOption: params('{number}. {title}'),
  owner: 'Owner',
  ownerHint: 'The person or team responsible.',
  start: 'Start date',
  due: 'Due date',
  resources: 'Resources needed',
  successMeasure: 'Success measure',
  successMeasureHint: 'How you will know the action worked.',
  status: 'Status',
  save: 'Save action',
  cancel: 'Cancel',
});

export const jobDescriptionMessages = defineMessages('plan-job', {
  heading: 'Draft job description',
  edited: 'Your edited version. Changes to steps 4 and 6 no longer update it.',
  assembled: 'Assembled from the role design in step 4 and the position in step 6.',
  why: 'A clear description with competencies, responsibilities, reporting line and evaluation matters for early success.',
  formLabel: 'Edit the job description',
  /** The editor keeps what is typed as it goes; this only closes it. */
  keptAsYouType: 'Your changes are kept as you type; the plan and its PDF show them.',
  done: 'Done editing',
  /** Puts back the text from before this edit began. */
  cancel: 'Undo these changes',
  edit: 'Edit job description',
  rebuild: 'Rebuild from my answers',
  saved: 'Job description saved.',
  undone: 'Changes undone.',
  tooLong: params('Keep this section to {max} characters; it has {count}. Text over the limit is not kept.'),
  rebuilt: 'Job description rebuilt from your answers.',
  notProvided: 'Not provided',
});

/** Text the plan model words for the screen and the PDF (plan-model.ts, to-plan-document.ts). */
export const planModelMessages = defineMessages('plan-model', {
  untitledAction: 'Untitled action',
  actionMissing: 'Enter the action to take for an untitled action',
  ownerMissing: params('Enter an owner for “{action}”'),
  dueBeforeStart: params('The due date of “{action}” must be on or after its start date'),
  /** A row open for editing with changes not saved yet; the PDF prints saved rows only. */
  unsavedChanges: params('Save or cancel the changes to “{action}”: they are kept, but not saved to the plan yet'),
  /** The job description's first section, assembled from step 4; {value} is the answer, {values} a list. */
  roleType: params('Type of position: {value}.'),
  formality: params('Formality: {value}.'),
  spheres: params('Sphere of influence: {values}.'),
  purposes: params('Purpose: {values}.'),
  careerStages: params('Career stage of the teacher leader: {values}.'),
  /** Step 4's chosen approaches: the elementary ones ticked, and whether integrated STEM is pursued. */
  /** {values} is filled in after the plural form is chosen from how many there are. */
  elementaryApproaches: count({
    one: 'Elementary approach the role carries out: {values}.',
    other: 'Elementary approaches the role carries out: {values}.',
  }),
  integratedStem: params('Integrated STEM: {value}.'),
  /** A line under a PD area's planned support: the chosen approaches that call for PD in that area. */
  fromApproaches: count({
    one: 'From your chosen approach: {approaches}.',
    other: 'From your chosen approaches: {approaches}.',
  }),
  notRated: 'Not rated',
  notSet: 'Not set',
  /** A blank answer; the PDF prints it lighter when it matches the PDF's own "Not provided". */
  notProvided: 'Not provided',
  /** The team chose a different decision and has not said why yet. */
  reasonNotGiven: 'No reason given yet',
  cliffWarning:
    'Year 3 still depends on a grant or an unidentified source. Plan when the position moves to recurring funding, so the leader and the program do not face a funding cliff.',
  /** In print: the level rule, then the gap ranking, each already a paragraph. */
  scoringRule: params('{levelRule} Gaps are ranked this way: {gapRule}'),
  approachHeading: params('{group}: {recommendation}'),
});
