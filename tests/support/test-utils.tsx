import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/app';
import { STEPS, type StepId } from '../../src/stages/stage-list';
import { useAppStore } from '../../src/store/app-store';
import { initialAnswers } from '../../src/store/answers-slice';
import { initialDrafts } from '../../src/store/drafts-slice';
import { initialNavigation } from '../../src/store/navigation-slice';
import { emptyPlan } from '../../src/store/plan-slice';
import { emptyRoom } from '../../src/store/room-slice';

export function resetStore(): void {
  localStorage.clear();
  useAppStore.setState({ ...initialAnswers, ...initialDrafts, ...initialNavigation, plan: emptyPlan(), room: emptyRoom() });
}

export function renderApp() {
  const user = userEvent.setup();
  const utils = render(<App />);
  return { user, ...utils };
}

export type User = ReturnType<typeof userEvent.setup>;

export async function fillProfile(user: User, orgName = 'Riverside Elementary', level = 'Elementary') {
  await user.type(screen.getByLabelText('Name of your school or district'), orgName);
  await user.click(screen.getByLabelText('A school'));
  await user.click(screen.getByLabelText(level));
  await user.type(screen.getByLabelText('Your role'), 'Principal');
  await user.click(screen.getByRole('button', { name: 'Save and continue' }));
}

/** Rate every item on the current step at one level, by clicking its radio in each item's group. */
export async function rateAll(user: User, step: StepId, levelLabel: string) {
  for (const item of STEPS[step].content.items) {
    const group = screen.getByRole('group', { name: new RegExp(escapeRegExp(item.statement)) });
    await user.click(within(group).getByLabelText(levelLabel));
  }
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
