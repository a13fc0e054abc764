/** Step 7's wording in English (the base language); Spanish beside it in support.messages.es.ts. */
import { defineMessages } from '../../i18n/i18n';

export const supportMessages = defineMessages('stage-support', {
  /** Every area is rated on the same scale; only the area's focus changes. */
  descriptors: {
    early: 'No support planned in this area.',
    developing: 'Support is ad hoc or generic, not matched to the leader’s needs.',
    prepared: 'Professional development matched to the leader’s needs is planned and scheduled.',
    model: 'Ongoing, needs-matched support with networks and follow-up is in place.',
  },
  /** One item per support area, with the levels' descriptors above. */
  items: {
    leadership: {
      statement: 'We have planned support for the leader in leadership, including leading up.',
      recommendation:
        'Plan professional development in leading peers and in “leading up” to administrators and supervisors.',
    },
    adultLearners: {
      statement: 'We have planned support for the leader in teaching adult learners.',
      recommendation:
        'Prepare the leader to teach adults: running PD, coaching colleagues, co-teaching and mentoring early-career teachers.',
    },
    innovativeInstruction: {
      statement: 'We have planned support for the leader in innovative approaches to STEM instruction.',
      recommendation:
        'Build the leader’s command of project- and problem-based learning, digital learning and flipped classrooms.',
    },
    communityIndustry: {
      statement: 'We have planned support for the leader in community engagement and industry partnership.',
      recommendation:
        'Help the leader build partnerships with STEM professionals, local industry and higher education.',
    },
    advocacy: {
      statement: 'We have planned support for the leader in advocacy.',
      recommendation: 'Develop the leader’s skill in communicating STEM needs to inform policy, locally and beyond.',
    },
    resourceDevelopment: {
      statement: 'We have planned support for the leader in resource development.',
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
          hint: 'Running PD for educators, coaching, co-teaching, mentoring early-career teachers.',
        },
        innovativeInstruction: {
          label: 'Innovative approaches to STEM instruction',
          hint: 'Project- and problem-based learning, digital learning, flipped classrooms.',
        },
        communityIndustry: {
          label: 'Community engagement and industry partnership',
          hint: 'Partnerships with STEM professionals, local industry, higher education.',
        },
        advocacy: { label: 'Advocacy', hint: 'Communicating issues and needs to inform STEM education policy.' },
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
