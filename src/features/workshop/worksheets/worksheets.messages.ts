/** The printable worksheets' wording in English (the base language); Spanish in worksheets.messages.es.ts. */
import { defineMessages, params } from '../../../i18n/i18n';

export const worksheetsMessages = defineMessages('worksheets-page', {
  title: 'Printable worksheets',
  lead: 'Every question of the profile and the seven steps on paper, for when Wi-Fi or laptops let you down. Each step starts on a new page with lines for a name and a team at the top; most steps run over several pages (about 30 pages in all on Letter paper), and every printed page is numbered. Teams tick a level for each statement and write their evidence underneath.',
  /** At the top of each printed sheet. */
  sheetOf: params('Sheet {number} of {total}'),
  participantLine: 'Participant:',
  teamLine: 'Team or group:',
  print: 'Print worksheets',
  tickOne: 'Tick one.',
  tickAll: 'Tick all that apply.',
  /** After a question asked only of plans with elementary grades (elementary, K–12, district-wide). */
  elementaryOnly: '(only plans with elementary grades)',
  /** After a question that applies only when an option is ticked; {option} is that option. */
  onlyIfChosen: params('(only if “{option}” is ticked)'),
  stepTitle: params('Step {number}: {title}'),
  rateTitle: 'Rate your readiness',
  /** {notSure} is the "Not sure yet" answer. */
  rateInstruction: params(
    'For each statement tick the one level that describes you today, or {notSure}, and note your evidence.',
  ),
  evidence: 'Evidence or notes',
  questionsTitle: 'Questions',
  /** {source} is the cited source page. */
  source: params('Source: {source}'),
  /** {title} is the source's title (a citation, in English). */
  footer:
    'Worksheets drawn from {title}. Levels follow the Early, Developing, Prepared and Model continuum of the North Carolina STEM attribute rubrics.',
});
