import { z } from 'zod';
import { optionalChoice, optionalText, ratingsSchema } from '../schema-helpers';
import { SUSTAINABILITY_LIMITS, sustainabilityContent } from './sustainability.content';

const fundingYear = z
  .object({
    source: optionalChoice(['grant', 'recurring', 'partner', 'mixed', 'unknown']),
    note: optionalText(SUSTAINABILITY_LIMITS.fundingNote, 'funding details'),
  })
  .default({ source: '', note: '' });

export const sustainabilityQuestionsSchema = z.object({
  fundingByYear: z
    .object({ year1: fundingYear, year2: fundingYear, year3: fundingYear })
    .default({
      year1: { source: '', note: '' },
      year2: { source: '', note: '' },
      year3: { source: '', note: '' },
    }),
  transition: optionalText(SUSTAINABILITY_LIMITS.transition, 'your transition plan'),
  elementsToSustain: optionalText(SUSTAINABILITY_LIMITS.elements, 'how you will decide what to sustain'),
  partners: optionalText(SUSTAINABILITY_LIMITS.partners, 'partners'),
});

export const sustainabilitySchema = sustainabilityQuestionsSchema.extend({
  ratings: ratingsSchema(sustainabilityContent.items),
});

export type SustainabilityQuestionName = keyof z.infer<typeof sustainabilityQuestionsSchema>;
export type SustainabilityAnswers = z.infer<typeof sustainabilitySchema>;
