/**
 * Every step's content and schema, keyed in the order stage-order.ts gives. Heavy (all content and zod), so
 * only the forms, results and workshop chunks import it; the start page and addresses use stage-order.ts.
 */
import type { z } from 'zod';
import { STEP_IDS, type Mode, type StageId, type StepId } from './stage-order';
import type { Question, StepContent } from '../content/types';
import { profileContent } from './profile/profile.content';
import { profileSchema } from './profile/profile.schema';
import { needsContent } from './needs/needs.content';
import { needsSchema } from './needs/needs.schema';
import { visionContent } from './vision/vision.content';
import { visionSchema } from './vision/vision.schema';
import { programmingContent } from './programming/programming.content';
import { programmingSchema } from './programming/programming.schema';
import { designContent } from './design/design.content';
import { designSchema } from './design/design.schema';
import { sustainabilityContent } from './sustainability/sustainability.content';
import { sustainabilitySchema } from './sustainability/sustainability.schema';
import { positionContent } from './position/position.content';
import { positionSchema } from './position/position.schema';
import { supportContent } from './support/support.content';
import { supportSchema } from './support/support.schema';

export const STEPS = {
  needs: {
    get content() {
      return needsContent();
    },
    get schema() {
      return needsSchema();
    },
  },
  vision: {
    get content() {
      return visionContent();
    },
    get schema() {
      return visionSchema();
    },
  },
  programming: {
    get content() {
      return programmingContent();
    },
    get schema() {
      return programmingSchema();
    },
  },
  design: {
    get content() {
      return designContent();
    },
    get schema() {
      return designSchema();
    },
  },
  sustainability: {
    get content() {
      return sustainabilityContent();
    },
    get schema() {
      return sustainabilitySchema();
    },
  },
  position: {
    get content() {
      return positionContent();
    },
    get schema() {
      return positionSchema();
    },
  },
  support: {
    get content() {
      return supportContent();
    },
    get schema() {
      return supportSchema();
    },
  },
} as const satisfies Record<StepId, { content: StepContent; schema: z.ZodObject }>;

export { STAGE_IDS, STEP_IDS, type Mode, type StageId, type StepId } from './stage-order';

export type StepAnswers<S extends StepId = StepId> = z.infer<(typeof STEPS)[S]['schema']>;

/** Every step's full content in order, in the active language (presentation view, worksheets). */
export function stepEntries(): readonly { id: StepId; content: StepContent }[] {
  return STEP_IDS.map((id) => ({ id, content: stepContent(id) }));
}

/** A loosely typed view of any step, for code that treats all seven alike (review, scoring, PDF). */
export function stepContent(id: StepId): StepContent {
  return STEPS[id].content as unknown as StepContent;
}

export const PROFILE = {
  get content() {
    return profileContent();
  },
  get schema() {
    return profileSchema();
  },
} as const;

export function stageTitle(id: StageId): string {
  return id === 'profile' ? profileContent().title : STEPS[id].content.title;
}

export function stageQuestions(id: StageId): readonly Question[] {
  return (id === 'profile' ? profileContent().questions : STEPS[id].content.questions) as readonly Question[];
}


/**
 * The schema a stage is validated with. A quick readiness check asks only the rated items,
 * so it validates only the ratings; the rest of the stage keeps whatever it had.
 */
export function stageSchema(id: StageId, mode: Mode): z.ZodType {
  if (id === 'profile') return profileSchema();
  const schema: z.ZodObject = STEPS[id].schema;
  return mode === 'quick' ? schema.pick({ ratings: true }) : schema;
}
