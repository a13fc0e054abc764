/** Step 4's wording in English (the base language); Spanish beside it in design.messages.es.ts. */
import { defineMessages } from '../../i18n/i18n';

export const designMessages = defineMessages('stage-design', {
  items: {
    fitsContext: {
      statement: 'The planned model fits our school culture, our STEM vision and the needs we identified.',
      descriptors: {
        early: 'No model has been sketched yet.',
        developing: 'A model is sketched, borrowed from elsewhere without adapting it.',
        prepared: 'The model is adapted to our culture, vision and assessed needs.',
        model: 'Each design choice can be traced to a need or to the vision.',
      },
      recommendation:
        'Shape the model around your culture, your STEM vision and the needs from step 1, rather than copying a design wholesale.',
    },
    localResources: {
      statement: 'The design accounts for local resources for staffing, instruction and professional development.',
      descriptors: {
        early: 'Local resources have not been considered.',
        developing: 'Resources for one of staffing, instruction or PD are known.',
        prepared: 'Staffing, instructional and PD resources are all accounted for.',
        model: 'Resources are committed and the design makes the most of local strengths.',
      },
      recommendation:
        'Check what local conditions allow – staffing, instructional materials and professional development – and fit the design to them.',
    },
    communityStakeholders: {
      statement:
        'Community stakeholders such as nonprofits, workforce boards, industry, parents, postsecondary educators and STEM-rich institutions are involved.',
      descriptors: {
        early: 'Only school staff are involved.',
        developing: 'One or two outside groups have been approached.',
        prepared: 'Several community stakeholders are taking part in the design.',
        model: 'Stakeholders share ownership and contribute resources or expertise.',
      },
      recommendation:
        'Bring community stakeholders into the design – nonprofit leaders, workforce boards, industry, parents, postsecondary educators and STEM-rich institutions.',
    },
    caseForImplementation: {
      statement: 'We have a case for implementation that shows the community and funders why this matters.',
      descriptors: {
        early: 'No case has been written.',
        developing: 'Talking points exist for internal audiences only.',
        prepared: 'A written case explains the significance and rationale to people outside education.',
        model: 'The case has been shared and has won support from the community or funders.',
      },
      recommendation:
        'Write a case for implementation alongside the design: teacher leadership is not widely understood outside education, so show how it improves students’ STEM experiences.',
    },
    timeAndStructure: {
      statement: 'Schedules and structures give teachers time to collaborate and reach out to partners.',
      descriptors: {
        early: 'Schedules leave no time for collaboration.',
        developing: 'Time is found occasionally, by goodwill rather than design.',
        prepared: 'Collaboration and partner time are built into the schedule.',
        model: 'Protected collaboration time is in next year’s approved schedule, with a date set to review how it is used.',
      },
      recommendation:
        'Redesign schedules and structures for collaboration: time is often named as the greatest barrier, and where collaboration or differentiated jobs are new, existing structures may not support them.',
    },
    /** From the "benefits" page: dedicated time versus staff stretched by other duties. */
    dedicatedTime: {
      statement: 'The teacher leader will have time set aside for the role, rather than fitting it around other duties.',
      descriptors: {
        early: 'The work would be added to someone’s existing duties, with no time released.',
        developing: 'Release time is hoped for but is not yet in the schedule or the budget.',
        prepared:
          'Protected time for the role is in the draft schedule and budget, and the person who will take over the leader’s other duties is named.',
        model:
          'Protected time is approved in next year’s schedule and budget, and the leader’s other duties are formally reassigned.',
      },
      recommendation:
        'Reserve time for the role itself. The source finds that the push for better STEM teaching is most likely to last when a leader based in the school has time for it, rather than when it falls to staff already busy with other jobs.',
    },
    roleDimensions: {
      statement: 'We have decided the role’s career stage, formality, sphere of influence and purpose.',
      descriptors: {
        early: 'The role has not been described.',
        developing: 'Some dimensions are decided; others are left open.',
        prepared: 'All four dimensions are decided and written down.',
        model: 'The four dimensions are written down, with how the role will work beside informal teacher leaders.',
      },
      recommendation:
        'Describe the role on the four dimensions – career stage, formality, sphere of influence and purpose – and choose hybrid, full-time or traditional.',
    },
  },
  questions: {
    localResources: { label: 'Local resources for staffing, instruction and professional development' },
    stakeholders: {
      label: 'Which community stakeholders will you involve?',
      hint: 'Select all that apply.',
      options: {
        nonprofits: 'Nonprofit leaders',
        workforceBoards: 'Workforce boards',
        industry: 'Industry representatives',
        parents: 'Parents',
        postsecondary: 'Postsecondary educators',
        stemInstitutions: 'STEM-rich institutions',
      },
      optionHints: { stemInstitutions: 'Science centres, museums, research organisations.' },
    },
    caseForImplementation: { label: 'Your case for implementation, for the community and funders' },
    scheduling: {
      label: 'How will structures and schedules make time for collaboration?',
      hint: 'Time is often named as the greatest barrier.',
    },
    roleType: {
      label: 'What kind of position will it be?',
      options: { hybrid: 'Hybrid', fullTime: 'Full-time', traditional: 'Traditional formal role' },
      optionHints: {
        hybrid: 'Part of the time teaching students, part coaching peers; the teaching keeps the leader’s own practice current and close to the school’s core work.',
        fullTime: 'Out of the classroom as a school coach or district resource.',
        traditional: 'Such as department or committee chair.',
      },
    },
    formality: {
      label: 'Formality',
      options: { formal: 'Formal', informal: 'Informal', both: 'Both' },
      optionHints: {
        formal: 'A designated position with a job description.',
        informal: 'Leading from the classroom without a designation.',
        both: 'A formal role alongside informal leaders.',
      },
    },
    careerStages: {
      label: 'Career stage of the teacher leader',
      hint: 'Where the person in the role stands in their own teaching career. It tends to shape which duties suit them, how colleagues respond to them and which networks help their work. Select all that apply.',
      options: { preservice: 'Preservice', novice: 'Novice', veteran: 'Veteran', master: 'Master teacher' },
    },
    spheres: {
      label: 'Sphere of influence',
      hint: 'Where the role sits and whom it aims to influence. Some leaders work across organisations, for example with a university, nonprofit or association, while still teaching. Select all that apply.',
      options: {
        school: 'School',
        district: 'District',
        state: 'State',
        networks: 'Regional or national networks',
        academia: 'Higher education or research',
        pdOrganizations: 'Professional development organisations or associations',
      },
    },
    purposes: {
      label: 'Purpose of the role',
      hint: 'Select all that apply.',
      options: {
        coachingPeers: 'Coaching peers',
        leadingTeams: 'Leading groups and teams in the school',
        districtWork: 'Working at district level',
        decisionMaking: 'Contributing to school or district decisions',
        professionalizing: 'Professionalising teaching at district or state level',
        garneringResources: 'Bringing in resources from beyond the school',
      },
    },
    integratedStem: {
      label: 'Will the program pursue integrated STEM?',
      hint: 'Connecting the STEM disciplines with each other and with the humanities. It asks for a shift in school culture, and it can also strengthen learning within each subject.',
      options: {
        yes: 'Yes, integrated STEM is part of our vision',
        exploring: 'We are exploring it',
        no: 'No, we are focusing on the separate disciplines',
      },
    },
    elementaryApproaches: {
      label: 'Which elementary approaches will you use?',
      hint: 'Select all that apply. They come from elementary programs; in a K–12 or district-wide plan, use them for your elementary schools.',
      /** Approaches the "elementary" source page reports from elementary programs. */
      options: {
        twoPronged: 'Build both STEM instructional practice and leadership skills',
        collaboration: 'Chances to collaborate and get feedback from other STEM teachers',
        leadershipTeam: 'A seat on the school leadership team',
        modelClassroom: 'Keep strong STEM teachers in the classroom as a visible model',
      },
      optionHints: {
        twoPronged:
          'Content, project-based learning, STEM resources, balancing subjects; plus advocacy and leading adults.',
        collaboration: 'Residential PD, internships with researchers or industry, lesson-plan teams.',
        leadershipTeam: 'So STEM has a voice in school decisions.',
        modelClassroom: 'They model lessons and start school-wide conversations about STEM.',
      },
    },
  },
  discussionPrompts: [
    'Where in the weekly schedule would collaboration time actually come from?',
    'Hybrid, full-time or a traditional role: which fits our people and budget, and why?',
    'If a funder asked “why does this matter for students?”, what would we say in two sentences?',
  ],
  /** Validation messages; `{max}` is the limit, filled in by the schema. */
  errors: {
    localResourcesTooLong: 'Enter local resources of at most {max} characters',
    caseForImplementationTooLong: 'Enter a case for implementation of at most {max} characters',
    schedulingTooLong: 'Enter your scheduling plan of at most {max} characters',
  },
});
