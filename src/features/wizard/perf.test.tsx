import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test, vi } from 'vitest';
import { App } from '../../app/app';
import { stepOverview } from '../../stages/stage-overview';
import { STEP_IDS, STEPS } from '../../stages/stage-list';
import { useAppStore } from '../../store/app-store';
import { initialAnswers } from '../../store/answers-slice';
import { initialDrafts } from '../../store/drafts-slice';
import { initialNavigation } from '../../store/navigation-slice';
import { STORAGE_KEY } from '../../store/persist-keys';

// Count renders of the parts of the screen that typing in one answer must leave alone.
const renders = vi.hoisted(() => ({ stepper: 0, stageForm: 0, ratingField: 0 }));
vi.mock('./stepper', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./stepper')>();
  return { ...actual, Stepper: () => (renders.stepper++, actual.Stepper()) };
});
vi.mock('./stage-form', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./stage-form')>();
  return {
    ...actual,
    StageForm: (props: Parameters<typeof actual.StageForm>[0]) => (renders.stageForm++, actual.StageForm(props)),
  };
});
vi.mock('./rating-field', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./rating-field')>();
  return {
    ...actual,
    RatingField: (props: Parameters<typeof actual.RatingField>[0]) => (renders.ratingField++, actual.RatingField(props)),
  };
});

const PROFILE = {
  orgName: 'Riverside Elementary',
  orgType: 'school',
  level: 'elementary',
  respondentRole: 'Principal',
  team: '',
  date: '2026-01-15',
} as const;

beforeEach(() => {
  localStorage.clear();
  useAppStore.setState({ ...initialAnswers, ...initialDrafts, ...initialNavigation });
});

test('the start page lists the seven steps in the order of the stage list, without loading the schemas', () => {
  expect(stepOverview().map((s) => s.id)).toEqual(STEP_IDS);
  expect(stepOverview().map((s) => s.title)).toEqual(STEP_IDS.map((id) => STEPS[id].content.title));
});

test('typing in a long answer re-renders neither the stepper, the stage form nor other questions; the draft is saved once, debounced', async () => {
  // tests/setup.ts loaded the wizard before the mocks above existed: load a fresh copy that uses them.
  vi.resetModules();
  const { App } = await import('../../app/app');
  await (await import('../../app/lazy-screens')).loadWizard();
  const { useAppStore, appStoreHydrated } = await import('../../store/app-store');
  await appStoreHydrated(); // the fresh store's own load from storage is not a draft write
  useAppStore.setState({ mode: 'full', profile: PROFILE, completed: ['profile'], view: { name: 'stage', stage: 'needs' } });
  render(<App />);
  const answer = await screen.findByLabelText(STEPS.needs.content.questions.find((q) => q.name === 'currentState')!.label);
  let draftWrites = 0;
  const unsubscribe = useAppStore.subscribe((state, previous) => {
    if (state.drafts !== previous.drafts) draftWrites++;
  });
  vi.useFakeTimers();
  try {
    const before = { ...renders };
    // The counters work: each part rendered when the stage opened.
    expect([before.stepper, before.stageForm, before.ratingField].every((n) => n > 0)).toBe(true);
    const text = 'Our teachers meet monthly. '.repeat(8).slice(0, 200);
    for (let i = 1; i <= text.length; i++) fireEvent.input(answer, { target: { value: text.slice(0, i) } });
    expect(renders.stepper).toBe(before.stepper);
    expect(renders.stageForm).toBe(before.stageForm);
    expect(renders.ratingField).toBe(before.ratingField);
    expect(draftWrites).toBe(0); // debounced: nothing written while typing
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(draftWrites).toBe(1);
    expect(useAppStore.getState().drafts.needs).toMatchObject({ currentState: text });
    expect(renders.stepper).toBe(before.stepper); // saving a draft does not re-render the stepper either
  } finally {
    unsubscribe();
    vi.useRealTimers();
  }
});

test('saved data is still checked on load: the schemas load first, damaged parts are dropped, the rest kept', async () => {
  localStorage.setItem(
    STORAGE_KEY,
    JSON.stringify({
      version: 1,
      state: {
        mode: 'full',
        profile: PROFILE,
        steps: { needs: { currentState: 'x'.repeat(100_000) }, vision: { ratings: 'not ratings' } },
        completed: ['profile', 'needs', 'vision'],
        drafts: { nowhere: {} },
        view: { name: 'stage', stage: 'not-a-stage' },
      },
    }),
  );
  await useAppStore.persist.rehydrate();
  const state = useAppStore.getState();
  expect(state.profile).toEqual(PROFILE);
  expect(state.steps).toEqual({});
  expect(state.completed).toEqual(['profile']);
  expect(state.drafts).toEqual({});
  expect(state.view).toEqual({ name: 'start' });
});

test('a first visit hydrates synchronously with nothing to check', async () => {
  const user = userEvent.setup();
  render(<App />);
  await user.click(screen.getByRole('button', { name: 'Start a full plan' }));
  expect(screen.getByLabelText('Name of your school or district')).toBeVisible();
});
