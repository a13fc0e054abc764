import { planFileName } from './file-name';

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

test('drops emoji and keeps letters with accents and other scripts', () => {
  expect(planFileName('École Saint-Rémi 🚀🧪', '2026-11-23')).toBe('École-Saint-Rémi-STEM-plan-2026-11-23.pdf');
  expect(planFileName('東京 STEM 学校', '2026-11-23')).toBe('東京-STEM-学校-STEM-plan-2026-11-23.pdf');
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
