/** Wording of the approaches recommended to some programs (approaches.ts); Spanish in approaches.messages.es.ts. */
import { defineMessages } from '../i18n/i18n';

export const approachesMessages = defineMessages('content-approaches', {
  groups: {
    elementary: {
      heading: 'Approaches for elementary schools',
      intro:
        'Programs for elementary teachers commonly use these approaches, adapted to local needs. In a K–12 or district-wide plan, they serve your elementary schools.',
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
        'Alongside it, grow leadership: making the case for STEM to administrators and legislators, drafting a district STEM action plan, and learning how to teach and lead other adults.',
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
        'Integrated STEM is still a young idea, so have the teacher leader work with teachers and administrators on a strategic plan that defines it and guides the work.',
        'Expect the leader to model lessons, take risks and invite colleagues into activities that connect the STEM disciplines with each other and with the humanities.',
      ],
    },
    cultureShift: {
      heading: 'Treat integration as a shift in culture',
      points: [
        'Ask the leader to help subject teachers widen their knowledge beyond their own discipline, and to show that integration can strengthen learning within each subject, because students build knowledge by linking it to real-world questions.',
        'Bring real STEM work into students’ experience, in class and beyond it, and use integration to grow collaboration, critical thinking, problem-solving, creativity and communication (often called 21st-century skills).',
      ],
    },
    stakeholderValue: {
      heading: 'Build support for integrated STEM among stakeholders',
      points: [
        'Let the teacher leader lead conversations that win support for integrated STEM among school and district leaders, fellow teachers, families and the wider community.',
      ],
    },
    formalRole: {
      heading: 'Give the leader a formal part in instructional change',
      points: [
        'The role can include coaching and mentoring colleagues, running professional learning communities, acting as a critical friend, and providing or arranging professional development.',
        'The leader can review and select instructional resources, or write new ones, and help shape schedules, courses and structures that make integrated STEM possible.',
      ],
    },
    communityResources: {
      heading: 'Draw on the STEM resources around you',
      points: [
        'Build relationships with local employers, colleges and universities, nonprofits, after-school programs, arts groups, science centres and museums, so students meet real STEM work.',
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
