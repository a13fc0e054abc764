/**
 * The wording of readiness scoring, gap ranking and the go / adapt / pause / reconsider proposal, in English (the base
 * language); Spanish beside it in scoring.messages.es.ts. The rules' numbers live in readiness.ts and
 * decision.ts: a change to a rule is a change here too.
 */
import { count, defineMessages, params } from '../i18n/i18n';

export const scoringMessages = defineMessages('scoring', {
  /** A step (or the whole profile) with too few ratings on the continuum. */
  notEnoughAnswers: 'Not enough answers to judge',
  /** The roll-up rule in plain words (readiness.ts), one line each. */
  levelRule: [
    'Each step is judged from the items you rated on the continuum. “Not sure yet” is not a level: it is a gap to investigate, and it is left out of the level.',
    'A step needs at least half of its items rated Early, Developing, Prepared or Model; otherwise it shows “Not enough answers to judge”.',
    'Model: at least 75% of rated items are Model and none is below Prepared.',
    'Prepared: at least 75% of rated items are Prepared or Model and none is Early.',
    'Developing: at least half of rated items are Developing or higher.',
    'Early: anything else.',
    'Overall readiness applies the same rule to the levels of the seven steps, and needs at least half of the steps judged.',
  ],
  overallNotJudged: params('Only {judged} of {total} steps had enough ratings to judge, so no overall level is given.'),
  /** Worded without verbs that agree with {ready} or {below}, so it reads right for 1 as for 5. */
  overallJudged: params(
    '{judged} of {total} steps were judged. Prepared or Model: {ready}; Early or Developing: {below}. Under the roll-up rule, that gives {level}.',
  ),

  /** Gap ranking (gaps.ts), one line each. */
  gapRule: [
    'A gap is any item rated Early, Developing or Not sure yet.',
    'Gaps furthest from Prepared come first: Early before Developing and Not sure yet.',
    'Next come gaps in steps that serve the benefits you chose as priorities in step 2.',
    'Only when two gaps are still tied does the lower step number come first. This is a tie-break, not an order of importance: the steps may overlap and be revisited.',
  ],
  /** A gap rated Not sure yet: the item's own recommendation follows. */
  findOutFirst: params('Find out where you stand on this first. {recommendation}'),

  /** The decision (decision.ts): the label shown with each choice, and its one-word name. */
  decisionLabels: {
    go: 'Go: launch the program as planned',
    adapt: 'Adapt: go ahead, but close the main gaps first or alongside',
    pause: 'Pause: build the foundations before launching',
    reconsider: 'Reconsider the role: check that a STEM teacher leader would add value here before going further',
  },
  decisionShortLabels: { go: 'Go', adapt: 'Adapt', pause: 'Pause', reconsider: 'Reconsider the role' },
  decisionRule: [
    'Reconsider the role when the item on whether a STEM teacher leader would add value alongside existing roles is rated Early. Your team can also choose it, for example when existing roles already cover the work.',
    'Otherwise, pause when the overall level is Early or cannot be judged, or when step 5 (sustainability) is Early: the source advises planning for sustainability before launching.',
    'Go when the overall level is Prepared or Model and no step is Early.',
    'Adapt in every other case.',
  ],
  /** The reasons listed under the proposal. */
  reasonOverall: params('Overall readiness is {level}.'),
  reasonOverallNotJudged: 'Overall readiness cannot be judged yet.',
  reasonAddedValueEarly: params('You rated “{statement}” as Early, so it is not yet clear that the role would add value here.'),
  reasonSustainabilityEarly: params(
    'Step {number} ({title}) is Early, and the source advises planning for sustainability before launching.',
  ),
  reasonStepEarly: params('Step {number} ({title}) is Early.'),
  reasonUnjudgedSteps: count({
    one: '{count} step has too few ratings to judge.',
    other: '{count} steps have too few ratings to judge.',
  }),
  reasonNotSureItems: count({
    one: '{count} item is “Not sure yet” and needs finding out.',
    other: '{count} items are “Not sure yet” and need finding out.',
  }),
});
