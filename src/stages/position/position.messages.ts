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
        model:
          'The description is published, and the person who will evaluate the leader has agreed to the evaluation method in it.',
      },
      recommendation:
        'Write a job description that names the essential competencies, responsibilities, reporting lines and evaluation method; it can matter a great deal for early success.',
    },
    stakeholdersShaped: {
      statement: 'Stakeholders helped write the job description.',
      descriptors: {
        early: 'The description is written by one person.',
        developing: 'Stakeholders see it only after it is drafted.',
        prepared: 'Representatives of the staff the role will work with help draft it.',
        model: 'Every group the role touches took part in drafting, and how each comment was handled is recorded.',
      },
      recommendation:
        'Involve the people the role will work with in drafting the description, to reduce the risk of conflict and confusion about the role.',
    },
    descriptionShared: {
      statement: 'We have planned with stakeholders how the description will be shared with everyone the role affects.',
      descriptors: {
        early: 'There is no plan to share the description.',
        developing: 'The description will be posted, with no explanation to the staff it affects.',
        prepared: 'Stakeholders help plan who hears about the role, how and when.',
        model: 'The message and dates are agreed, and the groups the role touches will hear about it before the post is advertised.',
      },
      recommendation:
        'Plan with stakeholders how the description will be shared, so staff whose work it touches learn about the role before it is advertised.',
    },
    goalsSet: {
      statement: 'Initial goals and expectations for the position are written down.',
      descriptors: {
        early: 'No goals have been set for the position.',
        developing: 'Goals have been discussed but not written down.',
        prepared: 'Written goals and expectations for the first year exist.',
        model: 'Each first-year goal has a measure and a date to check it.',
      },
      recommendation:
        'Write first-year goals and expectations for the position; clear goals may help the initiative succeed and give the person in the role firm ground.',
    },
    goalsUnderstood: {
      statement: 'Every stakeholder understands the position’s goals and expectations.',
      descriptors: {
        early: 'Only the people who wrote the goals know them.',
        developing: 'The goals are known to the leadership team only.',
        prepared: 'The goals have been shared with all stakeholders.',
        model: 'Stakeholders can restate the goals, and a date to review them together is set.',
      },
      recommendation:
        'Make sure all stakeholders understand the position’s goals; that shared understanding also supports the person in the role.',
    },
    talentPool: {
      statement: 'We have assessed the talent available within our school or district for this role.',
      descriptors: {
        early: 'Internal talent has not been reviewed.',
        developing: 'A likely internal candidate is assumed, without a wider review.',
        prepared: 'Staff who have the competencies in the job description have been identified.',
        model: 'Promising teachers are already building those competencies through smaller leadership tasks.',
      },
      recommendation:
        'Review the human capital you have, meaning who already has the competencies the role needs, before choosing how to search.',
    },
    searchApproach: {
      statement: 'We have decided whether to search internally, externally or both.',
      descriptors: {
        early: 'The search approach has not been considered.',
        developing: 'An internal search is assumed by default.',
        prepared: 'The search is chosen in light of the talent review, to give a rich pool.',
        model: 'The search plan names where the post will be advertised and who sits on the selection panel.',
      },
      recommendation:
        'Choose the search that gives a rich pool; advertising beyond the school or district as well as inside it can widen it.',
    },
    careerLadder: {
      statement:
        'The position offers high-performing teachers a way to advance without leaving teaching for administration.',
      descriptors: {
        early: 'Advancement means leaving the classroom for administration.',
        developing: 'The idea of a career ladder is discussed.',
        prepared: 'The position is defined as a step on a teacher career ladder.',
        model: 'The ladder is published, so teachers can see how to take on leadership without leaving teaching.',
      },
      recommendation:
        'Frame the position as a step on a career ladder, so strong teachers can advance without moving into administration.',
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
