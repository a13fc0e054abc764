import type { Level } from './levels';
import type { SeedPageKey } from './sources';

/** A statement the team rates on the Early → Model continuum. */
export interface ReadinessItem<Id extends string = string> {
  id: Id;
  /** The statement being rated, phrased so "Model" means fully true. */
  statement: string;
  /** One line per level: what the item looks like at that level. */
  descriptors: Record<Level, string>;
  /** What to do when this item is a gap. */
  recommendation: string;
  source: SeedPageKey;
}

export interface ChoiceOption<Value extends string = string> {
  value: Value;
  label: string;
  hint?: string;
}

interface QuestionBase<Name extends string> {
  name: Name;
  label: string;
  hint?: string;
  source: SeedPageKey;
  /** The page the hint draws on, when it is not the question's own (cited with the plan's sources). */
  hintSource?: SeedPageKey;
  /** Shown only when the named choice question has this value chosen (e.g. a text box for "Other"). */
  showWhen?: { name: string; value: string };
  /** Shown only to plans that include elementary grades (elementary, K–12 or district-wide). */
  elementaryOnly?: boolean;
}

export interface TextQuestion<Name extends string = string> extends QuestionBase<Name> {
  kind: 'text' | 'longText';
  maxLength: number;
}

export interface ChoiceQuestion<Name extends string = string> extends QuestionBase<Name> {
  kind: 'radio' | 'checkboxes' | 'select';
  options: readonly ChoiceOption[];
}

export interface DateQuestion<Name extends string = string> extends QuestionBase<Name> {
  kind: 'date';
}

/** A fixed grid of sub-questions, one row per entry (e.g. one per support area). */
export interface GridQuestion<Name extends string = string> extends QuestionBase<Name> {
  kind: 'grid';
  rows: readonly ChoiceOption[];
  columns: readonly (TextQuestion | ChoiceQuestion)[];
}

export type Question<Name extends string = string> =
  | TextQuestion<Name>
  | ChoiceQuestion<Name>
  | DateQuestion<Name>
  | GridQuestion<Name>;

export interface StepContent<ItemId extends string = string, QuestionName extends string = string> {
  /** 1–7, the order the seed page gives. */
  number: number;
  title: string;
  shortTitle: string;
  purpose: string;
  source: SeedPageKey;
  items: readonly ReadinessItem<ItemId>[];
  questions: readonly Question<QuestionName>[];
  /** Prompts a facilitator can put to the room for this step. */
  discussionPrompts: readonly string[];
}
