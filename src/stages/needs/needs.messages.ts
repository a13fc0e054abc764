/** Step 1's wording in English (the base language); Spanish beside it in needs.messages.es.ts. */
import { defineMessages } from '../../i18n/i18n';

export const needsMessages = defineMessages('stage-needs', {
  items: {
    currentVsVision: {
      statement: 'We have compared where STEM stands today with the vision we have stated.',
      descriptors: {
        early: 'No comparison yet; nobody could say how far practice is from the vision.',
        developing: 'Impressions and anecdotes exist, but no structured needs assessment.',
        prepared: 'A needs assessment has measured current STEM practice against the vision, with written findings.',
        model: 'The written findings are used in the design, and a date to repeat the assessment is set.',
      },
      recommendation:
        'Run a needs assessment that sets the current state of STEM beside your stated vision, and write down the distance between them.',
    },
    resourceInventory: {
      statement: 'We have inventoried our instructional, fiscal and facility resources and the STEM expertise on staff.',
      descriptors: {
        early: 'Resources and expertise have not been inventoried.',
        developing: 'One area (for example instructional materials) has been inventoried; others have not.',
        prepared: 'Inventories and surveys cover instructional, fiscal and facility needs and staff expertise.',
        model: 'Inventories are current, shared with the team and used to target spending and support.',
      },
      recommendation:
        'Use inventories and staff surveys to map instructional, fiscal and facility resources and the STEM expertise you already have.',
    },
    assetsAndBarriers: {
      statement: 'We have named the assets that could speed our progress and the barriers that could slow it.',
      descriptors: {
        early: 'Assets and barriers have not been discussed.',
        developing: 'A few assets or barriers are known informally.',
        prepared: 'A written list of assets and barriers exists, agreed by the planning team.',
        model: 'Each barrier has a response and each asset a way to build on it.',
      },
      recommendation:
        'List the assets that could help and the barriers that could get in the way, so the design can build on one and plan around the other.',
    },
    addedValue: {
      statement:
        'We have judged what a new STEM teacher leader role would contribute here, given the roles we already have and our culture.',
      descriptors: {
        early: 'The idea of a STEM teacher leader has not been tested against current roles.',
        developing: 'Possible value has been discussed, without looking at overlap with existing roles.',
        prepared: 'The team has weighed existing roles and culture and can say what the new role adds.',
        model: 'The added value is documented and understood by staff whose roles it touches.',
      },
      recommendation:
        'Before you design the role, map what it would bring that nobody provides now, where it would duplicate current posts, and where it might sit uneasily with how your school works.',
    },
  },
  questions: {
    methods: {
      label: 'Which inventories or surveys have you carried out?',
      hint: 'Select all that apply.',
      options: {
        instructional: 'Instructional resources',
        fiscal: 'Fiscal resources',
        facility: 'Facilities',
        expertise: 'Staff STEM expertise',
        stakeholderSurvey: 'Surveys of staff, students or families',
      },
    },
    currentState: { label: 'Where does STEM stand today compared with your vision?' },
    assets: {
      label: 'Assets that could enable progress',
      hint: 'For example staff expertise, partners, facilities, funding.',
    },
    barriers: { label: 'Barriers that could hamper progress' },
    existingRoles: {
      label: 'Existing roles the new position would sit beside, and what it would add',
      hint: 'For example instructional coaches, department chairs, district specialists.',
    },
  },
  discussionPrompts: [
    'Where is the biggest distance between what our vision says and what happens in classrooms today?',
    'Which resources – instructional, fiscal, facilities, people – do we actually have, and how do we know?',
    'What would a STEM teacher leader do here that nobody in an existing role does now?',
  ],
  /** Validation messages; `{max}` is the limit, filled in by the schema. */
  errors: {
    currentStateTooLong: 'Enter a summary of the current state of at most {max} characters',
    assetsTooLong: 'Enter assets of at most {max} characters',
    barriersTooLong: 'Enter barriers of at most {max} characters',
    existingRolesTooLong: 'Enter existing roles of at most {max} characters',
  },
});
