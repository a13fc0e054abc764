/** The plan's new parts in Spanish: labels, messages, money and dates follow the language; amounts stay dollars. */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { setLocale } from '../../../i18n/i18n';
import { useAppStore } from '../../../store/app-store';
import { emptyPlan } from '../../../store/plan-slice';
import { PROFILE, ratedSteps, withAnswers } from '../../../../tests/fixtures/assessment';
import { filledParts } from '../../../../tests/fixtures/plan-parts-state';
import { BudgetSection } from './budget-section';
import { RoleDesignSection } from './role-design-section';
import { TimelineSection } from './timeline-section';
import { toPlanDocumentData } from './to-plan-document';

beforeAll(() => setLocale('es'));
afterAll(() => setLocale('en'));

function setPlan() {
  useAppStore.setState({
    mode: 'full',
    profile: PROFILE,
    steps: withAnswers(
      ratedSteps(() => 'prepared'),
      { design: { roleType: 'fullTime' }, position: { reportsTo: '' } },
    ),
    plan: { ...emptyPlan(), ...filledParts() },
  });
}

test('the budget speaks Spanish, in US dollars, and says what to fix in Spanish', async () => {
  setPlan();
  const user = userEvent.setup();
  render(<BudgetSection />);
  await user.click(screen.getByRole('button', { name: 'Editar el presupuesto' }));
  const line = screen.getByRole('group', { name: 'Línea de costo 1' });
  expect(within(line).getByLabelText('Año 1: monto (US$)')).toHaveValue('6000');
  const totals = screen.getByRole('table', { name: 'Totales por año y fuente de financiamiento' });
  expect(within(totals).getByRole('row', { name: /^Total/ })).toHaveTextContent(/\$8,500\.50/);
  expect(
    screen.getByText(/^En el año 3, los fondos recurrentes del distrito pagan el 50/),
  ).toBeInTheDocument();
  const amount = within(line).getByLabelText('Año 2: monto (US$)');
  await user.clear(amount);
  await user.type(amount, 'mil');
  expect(amount).toHaveAccessibleDescription(/Escriba un monto en dólares/);
});

test('the timeline and the role checks speak Spanish, with dates in the Spanish format', async () => {
  setPlan();
  const user = userEvent.setup();
  render(
    <>
      <TimelineSection />
      <RoleDesignSection />
    </>,
  );
  await user.click(screen.getByRole('button', { name: 'Editar los hitos' }));
  expect(screen.getByRole('group', { name: 'Visión acordada' })).toBeInTheDocument();
  const table = screen.getByRole('table', { name: 'Hitos y acciones por fecha' });
  expect(within(table).getAllByRole('row')[1]).toHaveTextContent(
    /Visión acordada.*Hito.*15 de enero de 2027.*Terminado/,
  );
  const checks = screen.getByRole('region', { name: 'Revisiones' });
  expect(checks).toHaveTextContent(
    'El paso 4 describe un rol a tiempo completo fuera del aula; sin embargo, solo el 50',
  );
  expect(checks).toHaveTextContent('La descripción del puesto no indica de quién depende');
  const data = toPlanDocumentData(useAppStore.getState(), new Date());
  expect(data.budget?.yearLabels).toEqual(['Año 1', 'Año 2', 'Año 3']);
  expect(data.communication?.[0]?.audience).toBe('Junta escolar');
});
