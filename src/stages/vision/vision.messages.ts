/** Step 2's wording in English (the base language); Spanish beside it in vision.messages.es.ts. */
import { defineMessages } from '../../i18n/i18n';

export const visionMessages = defineMessages('stage-vision', {
  items: {
    visionConsensus: {
      statement: 'There is a clear vision for STEM education that our school or district agrees on.',
      descriptors: {
        early: 'No written STEM vision, or one few people know.',
        developing: 'A draft vision exists but has not been agreed beyond a small group.',
        prepared: 'A written vision has been discussed and broadly agreed.',
        model: 'Staff and partners can restate the vision, and recent STEM decisions refer to it.',
      },
      recommendation:
        'Clarify the STEM vision and build consensus around it before designing the role; the role only makes sense against that vision.',
    },
    leaderRoleInVision: {
      statement: 'The vision says what part the STEM teacher leader plays in it.',
      descriptors: {
        early: 'The vision does not mention teacher leadership.',
        developing: 'Teacher leadership is mentioned but its part is vague.',
        prepared: 'The vision describes the teacher leader’s role and the supports that grow teachers into leaders.',
        model: 'Staff can explain how the teacher leader advances the vision, and supports are in place.',
      },
      recommendation:
        'Write into the vision the role the STEM teacher leader plays, and the supports that help teachers grow into STEM leaders.',
    },
    collaborativeInput: {
      statement:
        'Faculty, students, parents, community partners and administrators have all contributed to the vision.',
      descriptors: {
        early: 'The vision was set by one person or office.',
        developing: 'Some groups were asked; others, such as students or partners, were not.',
        prepared: 'A collaborative process gathered input from each group.',
        model: 'Input is gathered regularly and contributors can see how it shaped the vision.',
      },
      recommendation:
        'Open the vision to a collaborative process that hears from faculty, students, parents, community partners and administration.',
    },
    transparentWhy: {
      statement: 'We have explained openly why we want STEM teacher leadership.',
      descriptors: {
        early: 'The reasons have not been shared.',
        developing: 'Reasons are known to the leadership team only.',
        prepared: 'The “why” has been shared with staff and stakeholders.',
        model: 'The “why” is repeated consistently and staff can restate it in their own words.',
      },
      recommendation:
        'Share the reasons behind STEM teacher leadership openly; one education leader quoted in the source calls transparency about the “why” essential to success.',
    },
  },
  questions: {
    statement: {
      label: 'Your vision for STEM education',
      hint: 'A few sentences your staff and community would recognise.',
    },
    leaderRole: {
      label: 'The part a STEM teacher leader will play in that vision',
      /** From the "benefits" page: teacher voice and the school-wide roadmap. */
      hint: 'For example: drawing up, with colleagues’ input, the roadmap for putting the vision into practice across the school, and making sure teachers’ views shape STEM planning.',
    },
    inputFrom: {
      label: 'Who has contributed to the vision?',
      hint: 'Select all that apply.',
      options: {
        faculty: 'Faculty',
        students: 'Students',
        parents: 'Parents',
        communityPartners: 'Community partners',
        administration: 'School or district administration',
      },
    },
    why: { label: 'The “why” you will share with staff and community' },
    benefitPriorities: {
      label: 'Which benefits of STEM teacher leadership matter most here?',
      hint: 'Select at least one. Among gaps at the same level, those that affect these come first in your results.',
      /** The four benefits on the "benefits" source page. */
      options: {
        studentEngagement: 'Deeper student engagement',
        teachingPractice: 'Better STEM teaching practice',
        teacherVoice: 'More teacher voice and engagement',
        sustainCapacity: 'Capacity to support and sustain STEM improvement',
      },
      optionHints: {
        studentEngagement: 'Students apply STEM to real questions; the source calls this the most important potential impact.',
        teachingPractice: 'Job-embedded coaching, STEM-specific knowledge, instructional leadership.',
        teacherVoice: 'Teachers shape the plan and may be more likely to back work led by peers.',
        sustainCapacity: 'Staying current, a sense of urgency, partnerships and committed advocates.',
      },
    },
  },
  discussionPrompts: [
    'Could every person in this room state our STEM vision the same way?',
    'Whose voices – students, parents, partners – are missing from the vision so far?',
    'Of the four benefits, which one would make the biggest difference for our students?',
  ],
  /** Validation messages; `{max}` is the limit, filled in by the schema. */
  errors: {
    statementTooLong: 'Enter a vision statement of at most {max} characters',
    leaderRoleTooLong: 'Enter the teacher leader’s part of at most {max} characters',
    whyTooLong: 'Enter the “why” of at most {max} characters',
    benefitPrioritiesMissing: 'Select at least one benefit that matters most to your school or district',
  },
});
