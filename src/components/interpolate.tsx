import { Fragment, type ReactNode } from 'react';

/**
 * A catalog message with elements inside it: `interpolate(t.source, { title: <cite>…</cite> })` for
 * "Content is drawn from {title}, …". Word order stays the translator's, unlike splitting the sentence
 * into pieces around the element.
 */
export function interpolate(template: string, values: Record<string, ReactNode>): ReactNode {
  const parts = template.split(/\{(\w+)\}/g);
  return parts.map((part, index) =>
    index % 2 === 1 ? <Fragment key={index}>{part in values ? values[part] : `{${part}}`}</Fragment> : part,
  );
}
