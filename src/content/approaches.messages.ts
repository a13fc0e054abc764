/** Wording of the approaches recommended to some programs (approaches.ts); Spanish in approaches.messages.es.ts. */
import { defineMessages } from '../i18n/i18n';

export const approachesMessages = defineMessages('content-approaches', {
  groups: {
    elementary: {
      heading: 'Approaches for elementary schools',
      intro: 'Elementary programs commonly use these approaches, tailored to local needs.',
    },
    integrated: {
      heading: 'Recommendations for integrated STEM',
      intro: 'You said integrated STEM is part of your vision, or that you are exploring it.',
    },
  },
  /** Each recommendation's heading and its points, one paragraph each. */
  recommendations: {
    twoPronged: {
      heading: 'Build both STEM teaching practice and leadership skills',
      points: [
        'Match professional development to elementary teachers: STEM content, project-based learning, using STEM resources and fitting STEM into a day of many subjects.',
        'Alongside it, develop leadership: advocating for STEM with administrators and lawmakers, drafting district STEM action plans, and teaching and leading adults.',
      ],
    },
    collaboration: {
      heading: 'Give teacher leaders chances to collaborate and get feedback',
      points: [
        'Residential professional development and internships with researchers, industry or technology specialists build a network and confidence in science.',
        'Teams that refine and review each other’s lesson plans help teachers find elementary STEM experts to turn to.',
      ],
    },
    leadershipTeam: {
      heading: 'Put the STEM teacher leader on the school leadership team',
      points: [
        'A seat on the leadership team gives STEM a voice in school decisions, which matters most where STEM gets less emphasis, as in many elementary schools.',
      ],
    },
    modelClassroom: {
      heading: 'Keep strong STEM teachers in the classroom as a visible model',
      points: [
        'Teacher leaders who stay in the classroom can model STEM lessons and start school-wide conversations about STEM teaching.',
        'Focus their training on leadership: school change, leading peers, using data to guide change and seeing the school as a system.',
      ],
    },
    definePlan: {
      heading: 'Define and plan what integrated STEM means here',
      points: [
        'Integrated STEM is still an emerging idea, so have the teacher leader work with teachers and administrators on a strategic plan that defines it and guides the work.',
        'Expect the leader to model lessons, take risks and invite colleagues into activities that connect the STEM disciplines with each other and with the humanities.',
      ],
    },
    stakeholderValue: {
      heading: 'Help stakeholders see the value of integrated STEM',
      points: [
        'Let the teacher leader hold conversations with district and school leaders, teachers, parents and community members to advocate for integrated STEM.',
      ],
    },
    formalRole: {
      heading: 'Give the leader a formal part in instructional change',
      points: [
        'Roles can include coach, mentor, facilitator of professional learning communities and critical friend, and providing or brokering professional development.',
        'The leader can help shape schedules, courses and structures that make integrated STEM possible.',
      ],
    },
    communityResources: {
      heading: 'Draw on the STEM resources around you',
      points: [
        'Build relationships with industry, higher education, nonprofits, out-of-school programs, arts organisations, science centres and museums.',
      ],
    },
    keepLearning: {
      heading: 'Keep the leader learning',
      points: [
        'Support coursework in the STEM disciplines, interdisciplinary summer experiences and work with STEM professionals, which the leader then shares with colleagues.',
      ],
    },
  },
});
