/** The room's combining rules in words, in English (the base language); Spanish in room.messages.es.ts. */
import { defineMessages, params } from '../i18n/i18n';

export const roomCombineMessages = defineMessages('room-combine', {
  /** The disagreement rule in plain words, shown on screen and in the report. */
  disagreementRule: [
    'Disagreement is the distance in levels between the lowest and the highest rating an item received: Early to Developing is 1, Early to Model is 3. An item everyone rated the same, or that fewer than two people rated on the continuum, has a distance of 0.',
    'Items with the same distance are ordered by how evenly the ratings split: the fewer participants share the most common level, the more disputed the item.',
    '“Not sure yet” and unanswered items are counted and shown, but they are not levels, so they do not change the distance.',
  ],
  /** The range of a spread with no rating on the continuum. */
  noLevels: 'No levels',
  /** The range from the lowest to the highest level: "Early–Model". */
  range: params('{lowest}–{highest}'),
});
