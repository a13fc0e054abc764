/** Step 7's wording in English (the base language); Spanish beside it in support.messages.es.ts. */
import { defineMessages } from '../../i18n/i18n';

export const supportMessages = defineMessages('stage-support', {
  /**
   * One item per support area. Each level describes what can be seen in the plan before launch, specific to the
   * area, so a team can tell Prepared from Model without waiting for the leader to start.
   */
  items: {
    leadership: {
      statement: 'We have planned support for the leader in leadership, including leading up.',
      descriptors: {
        early: 'No one has planned how the leader will learn to lead peers or to work with administrators.',
        developing: 'Generic leadership training is assumed; leading peers and “leading up” are not part of it.',
        prepared:
          'Learning in leading peers and in leading up is chosen and scheduled, and a supervisor is named to meet the leader regularly.',
        model:
          'Those plans are in writing, a mentor outside the leader’s reporting line is named, and regular meetings with administrators are on the calendar.',
      },
      recommendation:
        'Plan professional development in leading peers and in “leading up” to administrators and supervisors.',
    },
    adultLearners: {
      statement: 'We have planned support for the leader in teaching adult learners.',
      descriptors: {
        early: 'No preparation is planned for working with adult learners.',
        developing: 'The leader is expected to coach and lead sessions for colleagues, with no preparation for it.',
        prepared:
          'Training in leading sessions for adults, coaching, co-teaching and mentoring new teachers is chosen and dated.',
        model:
          'Practice with feedback, such as co-leading a session beside an experienced coach, is scheduled before the leader works alone.',
      },
      recommendation:
        'Prepare the leader to work with adult learners: designing and leading sessions for staff, coaching and co-teaching with colleagues, and mentoring teachers new to the profession.',
    },
    innovativeInstruction: {
      statement: 'We have planned support for the leader in innovative approaches to STEM instruction.',
      descriptors: {
        early: 'No learning is planned in project- or problem-based, digital or flipped instruction.',
        developing: 'The leader is expected to know these approaches already, or to pick them up alone.',
        prepared:
          'Learning in the approaches the school wants to spread is chosen and scheduled, matched to what the leader already knows.',
        model:
          'The plan names which approaches to spread first, and visits to classrooms that already use them are arranged.',
      },
      recommendation:
        'Build the leader’s command of project- and problem-based learning, digital learning and flipped classrooms.',
    },
    communityIndustry: {
      statement: 'We have planned support for the leader in community engagement and industry partnership.',
      descriptors: {
        early: 'No help is planned for building partnerships outside the school.',
        developing: 'The leader is expected to find partners alone, without introductions.',
        prepared:
          'Introductions to named STEM professionals, local employers or colleges are planned, with time for partnership work.',
        model: 'First meetings with named partners are booked, and who signs partnership agreements is agreed.',
      },
      recommendation:
        'Help the leader build partnerships with STEM professionals, local industry and higher education.',
    },
    advocacy: {
      statement: 'We have planned support for the leader in advocacy.',
      descriptors: {
        early: 'No support is planned for speaking up for STEM needs.',
        developing: 'The leader may raise needs informally, with no guidance on how or to whom.',
        prepared:
          'Coaching in presenting STEM needs to school, district or policy audiences is planned, with a first occasion named.',
        model:
          'A calendar of occasions (board meetings, district committees, state networks) is set, with someone named to help the leader prepare.',
      },
      recommendation: 'Develop the leader’s skill in communicating STEM needs to inform policy, locally and beyond.',
    },
    resourceDevelopment: {
      statement: 'We have planned support for the leader in resource development.',
      descriptors: {
        early: 'No support is planned for finding grants or other resources.',
        developing: 'Grant opportunities are passed on informally, with no help in writing or applying.',
        prepared:
          'Help with grant writing and membership of at least one network that offers STEM resources are arranged.',
        model:
          'A list of target grants with deadlines is drawn up, and an experienced writer is named to review the leader’s first application.',
      },
      recommendation: 'Support the leader in grant writing and in joining networks that provide STEM resources.',
    },
  },
  questions: {
    pdPlan: {
      label: 'Professional development plan for the teacher leader',
      hint: 'For each area: how high a priority it is, the support you will give, and when.',
      /** The six areas new STEM teacher leaders most often say they need support in ("steps" page, step 7). */
      rows: {
        leadership: {
          label: 'Leadership',
          hint: 'Leading peers, and “leading up” to administrators and supervisors.',
        },
        adultLearners: {
          label: 'Teaching adult learners',
          hint: 'Leading sessions for staff, coaching and co-teaching with colleagues, mentoring new teachers.',
        },
        innovativeInstruction: {
          label: 'Innovative approaches to STEM instruction',
          hint: 'Project- and problem-based learning, digital learning, flipped classrooms.',
        },
        communityIndustry: {
          label: 'Community engagement and industry partnership',
          hint: 'Partnerships with STEM professionals, local industry, higher education.',
        },
        advocacy: { label: 'Advocacy', hint: 'Making STEM needs clear to the people who set policy, from the school and district upward.' },
        resourceDevelopment: {
          label: 'Resource development',
          hint: 'Grant writing, joining networks and organisations that provide STEM resources.',
        },
      },
      columns: {
        priority: { label: 'Priority', options: { high: 'High', medium: 'Medium', low: 'Low' } },
        plannedSupport: { label: 'Planned support' },
        timeline: { label: 'Timeline' },
      },
    },
    otherSupports: {
      label: 'Other supports for the new leader',
      hint: 'For example a network of fellow STEM teacher leaders, or feedback from peers.',
    },
  },
  discussionPrompts: [
    'Which of the six areas would a new leader here find hardest in the first term?',
    'Who will the leader turn to when “leading up” to administrators gets difficult?',
    'Which networks or organisations that provide STEM resources could the leader join?',
  ],
  /** Validation messages; `{max}` is the limit, filled in by the schema. */
  errors: {
    plannedSupportTooLong: 'Enter the planned support of at most {max} characters',
    timelineTooLong: 'Enter a timeline of at most {max} characters',
    otherSupportsTooLong: 'Enter other supports of at most {max} characters',
  },
});
