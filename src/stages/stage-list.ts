/** The one place the order of stages lives. */
import type { z } from 'zod';
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
    schema: needsSchema,
  },
  vision: {
    get content() {
      return visionContent();
    },
    schema: visionSchema,
  },
  programming: {
    get content() {
      return programmingContent();
    },
    schema: programmingSchema,
  },
  design: {
    get content() {
      return designContent();
    },
    schema: designSchema,
  },
  sustainability: {
    get content() {
      return sustainabilityContent();
    },
    schema: sustainabilitySchema,
  },
  position: {
    get content() {
      return positionContent();
    },
    schema: positionSchema,
  },
  support: {
    get content() {
      return supportContent();
    },
    schema: supportSchema,
  },
} as const;

export type StepId = keyof typeof STEPS;
export const STEP_IDS = Object.keys(STEPS) as StepId[];
export type StageId = 'profile' | StepId;
export const STAGE_IDS: readonly StageId[] = ['profile', ...STEP_IDS];

export type StepAnswers<S extends StepId = StepId> = z.infer<(typeof STEPS)[S]['schema']>;

/** A loosely typed view of any step, for code that treats all seven alike (review, scoring, PDF). */
export function stepContent(id: StepId): StepContent {
  return STEPS[id].content as unknown as StepContent;
}

export const PROFILE = {
  get content() {
    return profileContent();
  },
  schema: profileSchema,
} as const;

export function stageTitle(id: StageId): string {
  return id === 'profile' ? profileContent().title : STEPS[id].content.title;
}

export function stageQuestions(id: StageId): readonly Question[] {
  return (id === 'profile' ? profileContent().questions : STEPS[id].content.questions) as readonly Question[];
}

export type Mode = 'quick' | 'full';

/**
 * The schema a stage is validated with. A quick readiness check asks only the rated items,
 * so it validates only the ratings; the rest of the stage keeps whatever it had.
 */
export function stageSchema(id: StageId, mode: Mode): z.ZodType {
  if (id === 'profile') return profileSchema;
  const schema: z.ZodObject = STEPS[id].schema;
  return mode === 'quick' ? schema.pick({ ratings: true }) : schema;
}
