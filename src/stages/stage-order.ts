/**
 * The one place the order of the steps lives, with each step's title and purpose (all the start page and the
 * addresses need, so they load without the steps' full content and schemas). A new step is its folder, one
 * line here and one line in stage-list.ts, which the typecheck holds to the same steps.
 */
import { needsSummary } from './needs/needs.summary.messages';
import { visionSummary } from './vision/vision.summary.messages';
import { programmingSummary } from './programming/programming.summary.messages';
import { designSummary } from './design/design.summary.messages';
import { sustainabilitySummary } from './sustainability/sustainability.summary.messages';
import { positionSummary } from './position/position.summary.messages';
import { supportSummary } from './support/support.summary.messages';

export const STEP_SUMMARIES = {
  needs: needsSummary,
  vision: visionSummary,
  programming: programmingSummary,
  design: designSummary,
  sustainability: sustainabilitySummary,
  position: positionSummary,
  support: supportSummary,
} as const;

export type StepId = keyof typeof STEP_SUMMARIES;
export const STEP_IDS = Object.keys(STEP_SUMMARIES) as StepId[];
/** The profile comes first; it is a stage but not one of the seven steps. */
export type StageId = 'profile' | StepId;
export const STAGE_IDS: readonly StageId[] = ['profile', ...STEP_IDS];

export type Mode = 'quick' | 'full';
export const isMode = (value: unknown): value is Mode => value === 'quick' || value === 'full';

/**
 * The edition of the steps' content (items, descriptors). Bump it when an item is added, removed or reworded
 * in meaning: a snapshot records the version it was taken with, so a reassessment against an older edition
 * shows added and removed items as such instead of as changes (issue 14).
 */
export const CONTENT_VERSION = 1;
