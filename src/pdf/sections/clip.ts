/**
 * The board reads a summary: a cell or reason longer than `max` characters ends, at a word, with an ellipsis.
 * The full text is in the full plan.
 */
export function clip(text: string, max: number): string {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed;
  const cut = trimmed.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
