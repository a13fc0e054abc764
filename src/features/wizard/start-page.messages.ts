import { defineMessages, params } from '../../i18n/i18n';

export const startPageMessages = defineMessages('wizard-start', {
  documentTitle: 'Plan STEM teacher leadership',
  title: 'Plan STEM teacher leadership, step by step',
  lead: 'Work through the seven implementation steps for a STEM teacher leadership program, rate your readiness on each, and build a plan your team can act on.',

  resumeTitle: 'Continue where you left off',
  resumeQuick: params('You have completed {done} of {total} steps of a quick readiness check.'),
  resumeFull: params('You have completed {done} of {total} steps of a full plan.'),
  resumeButton: 'Continue',

  startNewTitle: 'Or start a new one',
  chooseTitle: 'Choose how to start',
  quickTitle: 'Quick readiness check',
  quickText: 'About 10–15 minutes. Rate your readiness on each step and see where the gaps are.',
  quickHint: 'Suits a principal’s self-assessment. You can turn it into a full plan later.',
  quickButton: 'Start a quick check',
  fullTitle: 'Full implementation plan',
  fullText: 'Every question in all seven steps, for a district or school team drafting its plan.',
  fullHint: 'Takes longer; your answers are kept as you go, so you can stop and come back.',
  fullButton: 'Start a full plan',
  /** “Start over” is the header button's label (app.messages.ts): keep the two alike. */
  startOverHint: 'To start a new one, use “Start over” at the top of the page first.',

  stepsTitle: 'The seven steps',
  /** The source lists the steps in order but says they may overlap and be revisited. */
  stepsOrder:
    'The order below is a suggestion, not a rule: in practice the steps may overlap, and you will come back to them as you learn more. Open any step at any time from the list of steps; it shows which ones are done.',

  workshopTitle: 'Running a workshop?',
  /** Each workshop link is a {link} (the button) followed by what it does. */
  roomLink: 'Workshop room: individual, then team',
  roomItem: '{link} – combine the files participants saved, see where they disagree, and record the team’s consensus.',
  presentLink: 'Present the seven steps on a projector',
  presentItem: '{link} – one step at a time in large type, with discussion prompts and a timer.',
  worksheetsLink: 'Printable worksheets',
  worksheetsItem: '{link} – every step on paper, in case Wi-Fi or laptops fail.',

  privacyTitle: 'Your answers stay on this computer',
  privacyText:
    'Nothing you type is sent anywhere. Answers are kept in this browser until you save or export them. Do not enter information about individual students.',
  /** {source} is the source's English title, shown as a citation. */
  sourceNote:
    'Content is drawn from {source}, reflections by the STEM teacher leader community. Rating levels follow the Early, Developing, Prepared and Model continuum of the North Carolina STEM attribute rubrics.',
});
