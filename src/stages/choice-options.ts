/**
 * A choice question's options in the order of the content file's values, worded from a catalog: one label per
 * value (the typecheck insists on it) and a hint for the values that have one.
 */
import type { ChoiceOption } from '../content/types';

export function choiceOptions<const V extends string>(
  values: readonly V[],
  labels: Readonly<Record<V, string>>,
  hints?: Readonly<Partial<Record<V, string>>>,
): ChoiceOption<V>[] {
  return values.map((value) => {
    const hint = hints?.[value];
    return hint === undefined ? { value, label: labels[value] } : { value, label: labels[value], hint };
  });
}
