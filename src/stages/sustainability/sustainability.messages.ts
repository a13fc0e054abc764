/** Step 5's wording in English (the base language); Spanish beside it in sustainability.messages.es.ts. */
import { defineMessages } from '../../i18n/i18n';

export const sustainabilityMessages = defineMessages('stage-sustainability', {
  items: {
    plannedBeforeLaunch: {
      statement: 'We have a sustainability plan before the program launches, even if it will change.',
      descriptors: {
        early: 'Sustainability will be considered once the program proves itself.',
        developing: 'Sustainability has been discussed but nothing is written.',
        prepared: 'A written sustainability plan exists before launch, with a date to revisit it.',
        model: 'The plan has a set review cycle and has been shared with staff as a sign that the program is a priority.',
      },
      recommendation:
        'Write the sustainability plan before launch, not after the program proves itself; planning early tells staff the initiative is valued.',
    },
    recurringFunding: {
      statement: 'If positions start on grant money, we have a plan to move them to a recurring source.',
      descriptors: {
        early: 'Positions depend on a grant with no plan for what follows.',
        developing: 'The hope is that success will attract funding later.',
        prepared: 'A timeline moves positions from grant to recurring funding.',
        model: 'Recurring funding is committed, so leaders and their programs face no funding cliff.',
      },
      recommendation:
        'Plan, year by year, how grant-funded positions move to a secure recurring source; relying on future funding leaves leaders and programs uncertain.',
    },
    elementsToSustain: {
      statement: 'We have a way to judge which elements of the program work best and should be sustained.',
      descriptors: {
        early: 'No way to tell which elements are working.',
        developing: 'Success is judged informally.',
        prepared: 'Evidence will be gathered to decide which elements to keep.',
        model: 'For each element, the evidence to collect, who collects it and when the keep-or-drop decision is due are agreed.',
      },
      recommendation:
        'Decide in advance how you will assess which elements work best, so the parts worth sustaining are clear when budgets tighten.',
    },
    partnersAsAmbassadors: {
      statement: 'Partners back the vision as thought partners who help build strategy, not only as funders.',
      descriptors: {
        early: 'No partners beyond the school or district.',
        developing: 'Partners contribute funds only.',
        prepared: 'At least one partner helps shape the strategy, not only the budget.',
        model: 'Partners have a named part in planning, such as a seat on the planning team or a standing strategy meeting.',
      },
      recommendation: 'Look for partners who will think through the strategy with you, not only pay for it.',
    },
    storytelling: {
      statement: 'Teachers and students are ready to tell the program’s story and show its impact.',
      descriptors: {
        early: 'No one has been asked to speak for the program.',
        developing: 'Only administrators tell the program’s story.',
        prepared: 'Teachers who will speak for the program are named, and ways for students to show their work are planned.',
        model: 'Occasions for teachers and students to present to families, partners and the board are on the calendar.',
      },
      recommendation:
        'Ask teachers to be the program’s ambassadors, and give students chances to show what it has changed for them.',
    },
  },
  questions: {
    fundingByYear: {
      label: 'Funding for the teacher leader position, year by year',
      hint: 'Show how positions move from grant money to a recurring source.',
      rows: { year1: 'Year 1', year2: 'Year 2', year3: 'Year 3' },
      columns: {
        source: {
          label: 'Main funding source',
          options: {
            grant: 'Grant',
            recurring: 'Recurring budget',
            partner: 'Partner contribution',
            mixed: 'Mix of sources',
            unknown: 'Not yet identified',
          },
        },
        note: { label: 'Details' },
      },
    },
    transition: { label: 'How positions will move from grant funding to a recurring source' },
    elementsToSustain: { label: 'How you will decide which elements to sustain' },
    partners: {
      label: 'Partners who will act as thought partners and ambassadors',
      hint: 'Partners can help build strategy, not only fund it; teachers and students can tell the story.',
    },
  },
  discussionPrompts: [
    'If the grant ended next June, what would happen to the position?',
    'Which partner could help us think, not only pay?',
    'What evidence would convince us to keep – or drop – a part of the program?',
  ],
  /** Validation messages; `{max}` is the limit, filled in by the schema. */
  errors: {
    fundingNoteTooLong: 'Enter funding details of at most {max} characters',
    transitionTooLong: 'Enter your transition plan of at most {max} characters',
    elementsToSustainTooLong: 'Enter how you will decide what to sustain of at most {max} characters',
    partnersTooLong: 'Enter partners of at most {max} characters',
  },
});
