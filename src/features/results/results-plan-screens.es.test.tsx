/** The results and plan screens in Spanish: headings, decisions, validation and status messages. */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { App } from '../../app/app';
import { setLocale } from '../../i18n/i18n';
import { STAGE_IDS } from '../../stages/stage-list';
import { useAppStore } from '../../store/app-store';
import { emptyPlan } from '../../store/plan-slice';
import { PROFILE, ratedSteps, withAnswers } from '../../../tests/fixtures/assessment';

beforeAll(() => setLocale('es'));
afterAll(() => setLocale('en'));

function startAt(view: 'results' | 'plan') {
  useAppStore.setState({
    mode: 'full',
    profile: PROFILE,
    steps: withAnswers(
      ratedSteps((step, _item, i) => (step === 'needs' && i === 0 ? 'early' : 'prepared')),
      { vision: { benefitPriorities: ['studentEngagement'] } },
    ),
    completed: [...STAGE_IDS],
    drafts: {},
    plan: emptyPlan(),
    view: { name: view },
  });
  return render(<App />);
}

test('the results screen and the decision form speak Spanish', async () => {
  const user = userEvent.setup();
  startAt('results');
  expect(screen.getByRole('heading', { level: 1, name: 'Sus resultados de preparación' })).toBeInTheDocument();
  expect(screen.getByRole('heading', { name: /Preparación general: Preparado/ })).toBeInTheDocument();
  expect(screen.getByText(/Propuesta:/)).toHaveTextContent('Adelante: lanzar el programa según lo previsto');
  await user.click(screen.getByLabelText('Pausar: consolidar las bases antes del lanzamiento'));
  await user.click(screen.getByLabelText(/¿Por qué eligió su equipo Pausar en lugar de Adelante\?/));
  await user.tab();
  expect(screen.getByText('Explique por qué su equipo eligió una decisión diferente')).toBeInTheDocument();
  expect(screen.getByLabelText(/^Reconsiderar el rol/)).toBeInTheDocument();
});

test('the plan screen and the row editor speak Spanish', async () => {
  const user = userEvent.setup();
  startAt('plan');
  expect(screen.getByRole('heading', { name: 'Plan de acción (0)' })).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Agregar una acción' }));
  await user.type(screen.getByLabelText('Acción'), 'Visitar una escuela aliada');
  await user.type(screen.getByLabelText('Fecha de inicio'), '2027-04-01');
  await user.type(screen.getByLabelText('Fecha límite'), '2027-03-01');
  await user.click(screen.getByRole('button', { name: 'Guardar la acción' }));
  const alert = within(screen.getByRole('alert'));
  expect(alert.getByText('Escriba un responsable para esta acción')).toBeInTheDocument();
  expect(alert.getByText('La fecha límite debe ser igual o posterior a la fecha de inicio')).toBeInTheDocument();
  await user.clear(screen.getByLabelText('Fecha límite'));
  await user.type(screen.getByLabelText('Fecha límite'), '2027-05-01');
  await user.type(screen.getByLabelText('Responsable'), 'Sra. Rivera');
  await user.click(screen.getByRole('button', { name: 'Guardar la acción' }));
  const row = screen.getByRole('article', { name: 'Visitar una escuela aliada' });
  expect(within(row).getByText('Inicio: 1 de abril de 2027; límite: 1 de mayo de 2027')).toBeInTheDocument();
  expect(within(row).getByText('Sin empezar')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Eliminar la acción: Visitar una escuela aliada' })).toBeInTheDocument();
});
