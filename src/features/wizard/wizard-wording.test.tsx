import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { Question } from '../../content/types';
import { formatNumber } from '../../i18n/format';
import { setLocale } from '../../i18n/i18n';
import { formatAnswer, formatRating } from '../../stages/format-answer';
import { stageHeading } from '../../stages/stage-heading';
import { useAppStore } from '../../store/app-store';
import { renderApp, resetStore } from '../../../tests/support/test-utils';

beforeEach(resetStore);
// Unmount first, so switching back to English re-renders nothing outside act().
afterEach(async () => {
  cleanup();
  await setLocale('en');
});

const methods: Question = {
  name: 'methods',
  kind: 'checkboxes',
  label: 'Methods',
  options: [
    { value: 'a', label: 'Encuestas' },
    { value: 'b', label: 'Inventarios' },
    { value: 'c', label: 'Entrevistas' },
  ],
  source: 'steps',
};

function characterCount(label: string): string | null | undefined {
  return screen.getByLabelText(label).parentElement?.querySelector('.character-count')?.textContent;
}

test('the character count chooses singular or plural and writes the number in the language’s style', () => {
  useAppStore.setState({ mode: 'full', completed: ['profile'], view: { name: 'stage', stage: 'needs' } });
  renderApp();
  const label = 'Where does STEM stand today compared with your vision?';
  expect(characterCount(label)).toBe('2,000 characters remaining');
  fireEvent.input(screen.getByLabelText(label), { target: { value: 'x'.repeat(2001) } });
  expect(characterCount(label)).toBe('1 character too many');
});

test('in Spanish, the stage caption, counter and answers read in Spanish', async () => {
  await setLocale('es');
  useAppStore.setState({ mode: 'full', completed: ['profile'], view: { name: 'stage', stage: 'needs' } });
  renderApp();
  expect(within(screen.getByRole('main')).getByText('Paso 1 de 7')).toBeInTheDocument();
  expect(document.title).toMatch(/^Paso 1 de 7 – /);
  const label = '¿Cuál es la situación actual de STEM en comparación con su visión?';
  // es-US groups thousands as US English does; the figure comes from Intl, whatever its data says.
  expect(characterCount(label)).toBe(`Quedan ${formatNumber(2000)} caracteres`);
  fireEvent.input(screen.getByLabelText(label), { target: { value: 'x'.repeat(2003) } });
  expect(characterCount(label)).toBe('Sobran 3 caracteres');
  expect(within(screen.getByRole('navigation', { name: 'Progreso' })).getByText('0 de 7 pasos completados')).toBeInTheDocument();

  expect(stageHeading('profile').caption).toBe('Antes de empezar');
  expect(formatAnswer(methods, ['a', 'b', 'c'])).toBe('Encuestas, Inventarios y Entrevistas');
  expect(formatAnswer(methods, [])).toBe('Sin respuesta');
  expect(formatRating(undefined)).toBe('Sin calificar');
});

test('the start page offers to continue where you left off, counting the seven steps as the stepper does', () => {
  useAppStore.setState({ mode: 'quick', completed: ['profile', 'needs'] });
  renderApp();
  expect(screen.getByRole('heading', { name: 'Continue where you left off' })).toBeInTheDocument();
  expect(screen.getByText('You have completed 1 of 7 steps of a quick readiness check.')).toBeInTheDocument();
});
