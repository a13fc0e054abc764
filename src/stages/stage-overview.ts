/**
 * The seven steps' titles and purposes for the start page, taken from the content files alone, so the
 * start page does not pull in the zod schemas that stage-list.ts pairs them with. The order must match
 * STEP_IDS in stage-list.ts; stage-overview.test.ts checks that it does.
 */
import type { StepContent } from '../content/types';
import type { StepId } from './stage-list';
import { designContent } from './design/design.content';
import { needsContent } from './needs/needs.content';
import { positionContent } from './position/position.content';
import { programmingContent } from './programming/programming.content';
import { supportContent } from './support/support.content';
import { sustainabilityContent } from './sustainability/sustainability.content';
import { visionContent } from './vision/vision.content';

export interface StepSummary {
  id: StepId;
  title: string;
  purpose: string;
}

export interface StepEntry {
  id: StepId;
  content: StepContent;
}

/**
 * Every step's full content in order, for screens that show all seven alike without their schemas
 * (presentation view, printable worksheets). The start page already bundles these files for the overview.
 * Each content is read when used, so it is worded in the language on screen at that moment.
 */
const STEP_CONTENTS = [
  ['needs', needsContent],
  ['vision', visionContent],
  ['programming', programmingContent],
  ['design', designContent],
  ['sustainability', () => sustainabilityContent],
  ['position', () => positionContent],
  ['support', () => supportContent],
] as const;

export const STEP_ENTRIES: readonly StepEntry[] = STEP_CONTENTS.map(([id, content]) => ({
  id,
  get content() {
    return content() as unknown as StepContent;
  },
}));

export const STEP_OVERVIEW: readonly StepSummary[] = STEP_ENTRIES.map((entry) => ({
  id: entry.id,
  get title() {
    return entry.content.title;
  },
  get purpose() {
    return entry.content.purpose;
  },
}));
