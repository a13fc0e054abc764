/** Step 3's wording in English (the base language); Spanish beside it in programming.messages.es.ts. */
import { defineMessages } from '../../i18n/i18n';

export const programmingMessages = defineMessages('stage-programming', {
  items: {
    modelsExplored: {
      statement: 'We have studied successful STEM education models and programs.',
      descriptors: {
        early: 'No models have been looked at.',
        developing: 'One or two programs have been read about.',
        prepared: 'Several models have been compared for what would fit here.',
        model: 'The design draws explicitly on lessons from the models studied.',
      },
      recommendation:
        'Learn about successful STEM education models and programs so the teacher leader role is designed on purpose, not by default.',
    },
    peersConsulted: {
      statement:
        'We have talked with administrators and teachers from schools or districts that have made STEM teacher leadership work.',
      descriptors: {
        early: 'No conversations with other schools or districts.',
        developing: 'Informal conversations with one school or district.',
        prepared: 'Interviews or focus groups with several sites, notes kept.',
        model: 'Ongoing relationships with successful sites that the team can call on.',
      },
      recommendation:
        'Hold interviews or focus groups with schools or districts that have shown success, including the administrators and teachers who implemented the model.',
    },
    stateGuidesReviewed: {
      statement: 'We have reviewed state guides that describe the attributes of STEM schools.',
      descriptors: {
        early: 'No state guides have been reviewed.',
        developing: 'A guide has been located but not worked through.',
        prepared: 'At least one guide (such as T-STEM, South Carolina or North Carolina) has been used to self-assess.',
        model: 'Guides are used routinely to check progress along a continuum.',
      },
      recommendation:
        'Work through a state guide of STEM school attributes – Texas T-STEM Blueprint, the South Carolina continuum or the North Carolina rubrics – treating them as thinking tools, not proven recipes.',
    },
    goalsLinked: {
      statement: 'We can say how teacher leadership would help us reach specific, important goals.',
      descriptors: {
        early: 'Goals and teacher leadership have not been connected.',
        developing: 'A general link is assumed but not spelled out.',
        prepared: 'Named goals are linked to what the teacher leader will do.',
        model: 'Each goal has a measure, a starting point and a named part the leader will play in reaching it.',
      },
      recommendation: 'Connect each important goal to what a STEM teacher leader would do to help reach it.',
    },
  },
  questions: {
    models: { label: 'STEM education models and programs you explored' },
    peers: { label: 'Schools or districts you talked with, and what you learned' },
    stateGuides: {
      label: 'Which state guides have you reviewed?',
      hint: 'Select all that apply. The source offers these as examples to prompt thinking, not as proven tools.',
      /** State guides the "steps" page names as examples (not endorsed as proven by its authors). */
      options: {
        tStemBlueprint: 'Texas T-STEM Blueprint',
        southCarolinaContinuum: 'South Carolina STEM and STEAM implementation continuum',
        northCarolinaRubrics: 'North Carolina STEM attribute implementation rubrics',
        northCarolinaDistinction: 'North Carolina STEM Schools of Distinction as examples',
        other: 'Other',
      },
      optionHints: {
        tStemBlueprint: 'A STEM program design rubric, a guide to key STEM policies and example benchmarks.',
        northCarolinaRubrics: 'Elementary, middle and high school rubrics running from Early to Model.',
        other: 'A box to name it appears below this list.',
      },
    },
    stateGuidesOther: {
      label: 'Other state guide or rubric you reviewed',
      hint: 'Its name, and the state or organisation that published it.',
    },
    goals: { label: 'Goals that STEM teacher leadership could help you reach' },
  },
  discussionPrompts: [
    'Which school or district that has done this well could we talk to this month?',
    'Looking at a state rubric, where on the Early-to-Model continuum would we place ourselves?',
    'Which of our important goals could a STEM teacher leader help us reach?',
  ],
  /** Validation messages; `{max}` is the limit, filled in by the schema. */
  errors: {
    modelsTooLong: 'Enter the models you explored of at most {max} characters',
    peersTooLong: 'Enter the schools or districts you talked with of at most {max} characters',
    goalsTooLong: 'Enter goals of at most {max} characters',
    stateGuidesOtherTooLong: 'Enter the other state guide in at most {max} characters',
  },
});
