/**
 * Every English catalog part has a complete Spanish twin: the same keys (nested alike), no empty text, the same
 * `{variables}`, and the plural forms Spanish needs. The typecheck catches most of this; this test also catches
 * a part nobody translated at all and variables renamed in one language.
 */
import { describe, expect, test } from 'vitest';

type Json = string | readonly Json[] | { readonly [key: string]: Json };

const englishModules = import.meta.glob<Record<string, unknown>>('../**/*.messages.ts', { eager: true });
const spanishModules = import.meta.glob<Record<string, Json>>('../**/*.messages.es.ts', {
  eager: true,
  import: 'default',
});

/** English parts by name, as written: strings, nested values, and {input} for messages with variables or plurals. */
function englishParts(): Map<string, Record<string, Json>> {
  const parts = new Map<string, Record<string, Json>>();
  for (const module of Object.values(englishModules)) {
    for (const exported of Object.values(module)) {
      const store = exported as { catalogName?: string; base?: Record<string, unknown> };
      if (typeof store?.catalogName !== 'string' || !store.base) continue;
      const body = Object.fromEntries(
        Object.entries(store.base).map(([key, value]) => [
          key,
          (typeof value === 'object' && value !== null && 'transform' in value ? (value as unknown as { input: Json }).input : value) as Json,
        ]),
      );
      parts.set(store.catalogName, body);
    }
  }
  return parts;
}

const spanish: Record<string, Json> = Object.assign({}, ...Object.values(spanishModules));
const variables = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function compare(en: Json, es: Json | undefined, path: string, problems: string[]): void {
  if (es === undefined) return void problems.push(`${path}: missing in Spanish`);
  if (typeof en === 'string') {
    if (typeof es !== 'string') return void problems.push(`${path}: Spanish is not text`);
    const optional = /Gloss(\.|$)/.test(path); // glosses of English citations are empty in English only
    if (!optional && en.trim() === '') problems.push(`${path}: empty in English`);
    if (es.trim() === '') problems.push(`${path}: empty in Spanish`);
    if (variables(en).join() !== variables(es).join()) {
      problems.push(`${path}: variables differ (en {${variables(en).join('}, {')}} / es {${variables(es).join('}, {')}})`);
    }
    return;
  }
  if (Array.isArray(en)) {
    if (!Array.isArray(es) || es.length !== en.length) return void problems.push(`${path}: list length differs`);
    en.forEach((item, i) => compare(item, (es as Json[])[i], `${path}[${i}]`, problems));
    return;
  }
  if (typeof es !== 'object' || es === null || Array.isArray(es)) return void problems.push(`${path}: Spanish is not a group`);
  const enObject = en as Record<string, Json>;
  const esObject = es as Record<string, Json>;
  const isPlural = 'other' in enObject && Object.keys(enObject).every((k) => ['zero', 'one', 'two', 'few', 'many', 'other'].includes(k));
  for (const key of Object.keys(enObject)) compare(enObject[key]!, esObject[key], `${path}.${key}`, problems);
  for (const key of Object.keys(esObject)) {
    if (!(key in enObject) && !isPlural) problems.push(`${path}.${key}: in Spanish only`);
  }
}

describe('message catalogs', () => {
  const parts = englishParts();

  test('there are catalog parts to check', () => {
    expect(parts.size).toBeGreaterThan(0);
  });

  test('every English part has a complete Spanish twin with the same variables', () => {
    const problems: string[] = [];
    for (const [name, body] of parts) compare(body, spanish[name], name, problems);
    for (const name of Object.keys(spanish)) if (!parts.has(name)) problems.push(`${name}: Spanish part with no English`);
    expect(problems).toEqual([]);
  });
});
