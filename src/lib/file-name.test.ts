import { describe, expect, test } from 'vitest';
import { asciiSlug, planFileName } from './file-name';

test('names the file after the organisation and the date', () => {
  expect(planFileName('Riverside Unified School District', '2026-11-23')).toBe(
    'Riverside-Unified-School-District-STEM-plan-2026-11-23.pdf',
  );
});

test('names a quick check a readiness report', () => {
  expect(planFileName('Oak Elementary', '2026-11-23', 'quick')).toBe('Oak-Elementary-STEM-readiness-2026-11-23.pdf');
});

test('turns slashes and dots into hyphens so the name cannot climb directories or fake an extension', () => {
  const name = planFileName('../../etc/passwd.exe', '2026-11-23');
  expect(name).toBe('etc-passwd-exe-STEM-plan-2026-11-23.pdf');
  expect(name).not.toMatch(/[/\\]/);
  expect(name.match(/\./g)).toHaveLength(1);
});

test('folds accents into their letters, drops emoji, and stays ASCII', () => {
  expect(planFileName('École Saint-Rémi 🚀🧪', '2026-11-23')).toBe('Ecole-Saint-Remi-STEM-plan-2026-11-23.pdf');
  expect(planFileName('Escuela Río Grande', '2026-11-23')).toBe('Escuela-Rio-Grande-STEM-plan-2026-11-23.pdf');
  expect(planFileName('Øresund Straße', '2026-11-23')).toBe('Oresund-Strasse-STEM-plan-2026-11-23.pdf');
  expect(planFileName('東京 STEM 学校', '2026-11-23')).toBe('STEM-STEM-plan-2026-11-23.pdf');
  expect(planFileName('東京学校', '2026-11-23')).toBe('STEM-teacher-leadership-STEM-plan-2026-11-23.pdf');
});

test('shortens very long names', () => {
  const name = planFileName('A'.repeat(500), '2026-11-23');
  expect(name).toBe(`${'A'.repeat(60)}-STEM-plan-2026-11-23.pdf`);
});

test('falls back to a generic name when nothing usable is left', () => {
  expect(planFileName('', '2026-11-23')).toBe('STEM-teacher-leadership-STEM-plan-2026-11-23.pdf');
  expect(planFileName('🚀 / . 🧪', '2026-11-23')).toBe('STEM-teacher-leadership-STEM-plan-2026-11-23.pdf');
});

test('leaves out a date that is not yyyy-mm-dd', () => {
  expect(planFileName('Oak', '23/11/2026')).toBe('Oak-STEM-plan.pdf');
});

describe('asciiSlug, for saved plan files', () => {
  test('folds accents into their letters instead of splitting words', () => {
    expect(asciiSlug('Río Grande', 40)).toBe('rio-grande');
    expect(asciiSlug('Peña', 40)).toBe('pena');
    expect(asciiSlug('Escuela Primaria José Martí', 40)).toBe('escuela-primaria-jose-marti');
    expect(asciiSlug('Distrito Escolar de Cañón City', 40)).toBe('distrito-escolar-de-canon-city');
    expect(asciiSlug('Ünïon Çrèek Élémentaire', 40)).toBe('union-creek-elementaire');
  });

  test('folds accents written as separate combining marks the same way', () => {
    expect(asciiSlug('Rio\u0301 Grande Pen\u0303a', 40)).toBe('rio-grande-pena');
  });

  test('spells letters that have no accent to drop', () => {
    expect(asciiSlug('Straße Ærø Łódź', 40)).toBe('strasse-aero-lodz');
  });

  test('keeps only a-z, 0-9 and single hyphens', () => {
    const slug = asciiSlug('  ../St. Mary’s — K-8 🚀 ', 40);
    expect(slug).toBe('st-mary-s-k-8');
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  test('leaves nothing for scripts with no Latin spelling, so the caller falls back', () => {
    expect(asciiSlug('東京 学校', 40)).toBe('');
  });

  test('shortens to the length given, without a trailing hyphen', () => {
    expect(asciiSlug('Lincoln High School', 8)).toBe('lincoln');
    expect(asciiSlug('Ñ'.repeat(100), 40)).toBe('n'.repeat(40));
  });
});
