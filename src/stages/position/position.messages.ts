/** Step 6's wording in English (the base language); Spanish beside it in position.messages.es.ts. */
import { defineMessages } from '../../i18n/i18n';

export const positionMessages = defineMessages('stage-position', {
  items: {
    jobDescription: {
      statement:
        'A job description sets out the essential competencies, responsibilities, reporting lines and how the leader will be evaluated.',
      descriptors: {
        early: 'There is no job description.',
        developing: 'A description exists but misses reporting lines or evaluation.',
        prepared: 'All four parts – competencies, responsibilities, reporting, evaluation – are written.',
        model: 'The description is published, understood and used in evaluation.',
      },
      recommendation:
        'Write a job description that names the essential competencies, responsibilities, reporting lines and evaluation method; it matters for early success.',
    },
    stakeholdersShaped: {
      statement: 'Stakeholders helped write the description and will help share it.',
      descriptors: {
        early: 'The description is written by one person.',
        developing: 'Stakeholders are consulted after it is drafted.',
        prepared: 'Stakeholders help draft it and plan how it will be shared.',
        model: 'Shared authorship has prevented confusion and conflict about the role.',
      },
      recommendation:
        'Involve stakeholders in drafting and sharing the description to reduce the risk of conflict and confusion about the role.',
    },
    goalsUnderstood: {
      statement: 'Initial goals and expectations for the position are set and every stakeholder understands them.',
      descriptors: {
        early: 'No goals have been set for the position.',
        developing: 'Goals exist but only the leadership team knows them.',
        prepared: 'Goals are written and shared with all stakeholders.',
        model: 'Goals are reviewed together and support the person in the role.',
      },
      recommendation:
        'Set first-year goals and expectations and make sure all stakeholders understand them; that shared understanding also supports the person in the role.',
    },
    talentPool: {
      statement: 'We have assessed available talent and decided whether to search internally, externally or both.',
      descriptors: {
        early: 'The search approach has not been considered.',
        developing: 'An internal search is assumed without reviewing internal capacity.',
        prepared: 'Human capital has been reviewed and the search approach chosen to give a rich pool.',
        model: 'A pipeline of candidates is developing ahead of need.',
      },
      recommendation:
        'Review the human capital you have before choosing the search; opening the post to external candidates can give a richer pool.',
    },
    careerLadder: {
      statement:
        'The position offers high-performing teachers a way to advance without leaving teaching for administration.',
      descriptors: {
        early: 'Advancement means leaving the classroom for administration.',
        developing: 'The idea of a career ladder is discussed.',
        prepared: 'The position is defined as a step on a teacher career ladder.',
        model: 'Several teacher leadership roles form a visible ladder at every career stage.',
      },
      recommendation:
        'Frame the position as a career-ladder step that keeps strong teachers in teaching; leadership opportunities exist at every career stage.',
    },
  },
  questions: {
    competencies: {
      label: 'Essential competencies',
      hint: 'For example deep STEM content knowledge, coaching skill, credibility with peers.',
    },
    responsibilities: { label: 'Responsibilities' },
    reportsTo: { label: 'Reports to', hint: 'The job title of the person the teacher leader reports to.' },
    evaluation: { label: 'How the teacher leader will be evaluated' },
    contributors: { label: 'Stakeholders who will help write and share the description' },
    initialGoals: { label: 'Initial goals and expectations for the position' },
    search: {
      label: 'How will you fill the position?',
      options: {
        internal: {
          label: 'Internal search',
          hint: 'Can advance strong teachers without moving them into administration.',
        },
        external: { label: 'External search' },
        both: { label: 'Internal and external', hint: 'A wider pool when internal capacity is thin.' },
      },
    },
    careerLadder: { label: 'How the position fits a career ladder for teachers' },
  },
  discussionPrompts: [
    'Who could be confused or put out by this new role, and how do we bring them into writing it?',
    'What initial goals and expectations will we set for the position, and how will every stakeholder learn them?',
    'Do we have the right person inside, or do we need a wider search?',
  ],
  /** Validation messages; `{max}` is the limit, filled in by the schema. */
  errors: {
    competenciesTooLong: 'Enter competencies of at most {max} characters',
    responsibilitiesTooLong: 'Enter responsibilities of at most {max} characters',
    reportsToTooLong: 'Enter a job title of at most {max} characters',
    evaluationTooLong: 'Enter an evaluation method of at most {max} characters',
    contributorsTooLong: 'Enter stakeholders of at most {max} characters',
    initialGoalsTooLong: 'Enter initial goals of at most {max} characters',
    careerLadderTooLong: 'Enter how the position fits a career ladder of at most {max} characters',
  },
});
