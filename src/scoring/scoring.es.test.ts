/** Scoring's wording follows the interface language; the scores themselves do not change. */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { setLocale } from '../i18n/i18n';
import { ratedSteps } from '../../tests/fixtures/assessment';
import { decisionLabel, proposeDecision } from './decision';
import { levelLabel, scoreReadiness } from './readiness';

beforeAll(() => setLocale('es'));
afterAll(() => setLocale('en'));

test('reasons, labels and the explanation are in Spanish, with Spanish plurals', () => {
  const scores = scoreReadiness(ratedSteps(() => 'unsure'));
  const proposal = proposeDecision(scores, { notSureCount: 1 });
  expect(proposal.value).toBe('pause');
  expect(decisionLabel(proposal.value)).toBe('Pausar: consolidar las bases antes del lanzamiento');
  expect(proposal.reasons).toContain('Todavía no se puede evaluar la preparación general.');
  expect(proposal.reasons).toContain('7 pasos tienen muy pocas calificaciones para evaluarse.');
  expect(proposal.reasons).toContain('1 enunciado está en «Aún no lo sé» y hay que averiguarlo.');
  expect(levelLabel(null)).toBe('No hay suficientes respuestas para evaluar');
  expect(scores.overallExplanation).toMatch(/^Solo 0 de 7 pasos/);
});
