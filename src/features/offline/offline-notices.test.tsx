import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RegisterSWOptions } from 'virtual:pwa-register';
import { beforeEach, expect, test, vi } from 'vitest';
import { App } from '../../app/app';
import { useOfflineStatus } from './offline-status';
import { registerServiceWorker, QUIET_MS } from './register-service-worker';
import { useStorageStatus } from '../../store/safe-storage';
import { userWaits } from '../../lib/user-waits';
import { IDLE_FALLBACK_MS } from '../../lib/when-idle';

/** The quiet time, then the idle callback (jsdom has no requestIdleCallback). */
const LEFT_ALONE_MS = QUIET_MS + IDLE_FALLBACK_MS;

// The service worker itself is exercised in tests/browser/offline.test.mjs; here only its callbacks.
const sw = vi.hoisted(() => ({
  options: undefined as RegisterSWOptions | undefined,
  update: vi.fn<(reloadPage?: boolean) => Promise<void>>(() => Promise.resolve()),
}));
vi.mock('virtual:pwa-register', () => ({
  registerSW: (options: RegisterSWOptions) => {
    sw.options = options;
    return sw.update;
  },
}));

beforeEach(() => {
  useOfflineStatus.setState({ offlineReady: false, applyUpdate: null, updateDismissed: false });
  useStorageStatus.setState({ memoryOnly: false, problem: null });
  sw.update.mockClear();
  sw.options = undefined;
  vi.useFakeTimers();
  try {
    registerServiceWorker();
    vi.advanceTimersByTime(LEFT_ALONE_MS);
  } finally {
    vi.useRealTimers();
  }
});

test('the worker (and its download of the whole app) waits until typing pauses', () => {
  sw.options = undefined;
  vi.useFakeTimers();
  try {
    registerServiceWorker();
    for (let i = 0; i < 10; i++) {
      vi.advanceTimersByTime(QUIET_MS / 2);
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    }
    expect(sw.options).toBeUndefined();
    vi.advanceTimersByTime(LEFT_ALONE_MS);
    expect(sw.options).toBeDefined();
  } finally {
    vi.useRealTimers();
  }
});

test('nor while an export is under way: it waits until the page has been quiet after it', () => {
  sw.options = undefined;
  vi.useFakeTimers();
  try {
    const exportDone = userWaits();
    registerServiceWorker();
    vi.advanceTimersByTime(QUIET_MS * 5); // a long maximum-length plan
    expect(sw.options).toBeUndefined();
    exportDone();
    vi.advanceTimersByTime(QUIET_MS / 2);
    document.dispatchEvent(new PointerEvent('pointerdown')); // the user clicks on
    vi.advanceTimersByTime(QUIET_MS / 2 + 1);
    expect(sw.options).toBeUndefined();
    vi.advanceTimersByTime(LEFT_ALONE_MS);
    expect(sw.options).toBeDefined();
  } finally {
    vi.useRealTimers();
  }
});

test('says nothing about offline or updates until the service worker reports', () => {
  render(<App />);
  expect(screen.queryByText('Ready to work offline')).not.toBeInTheDocument();
  expect(screen.queryByRole('heading', { name: 'A new version is available' })).not.toBeInTheDocument();
});

test('shows "Ready to work offline" as a status once the app is precached', async () => {
  render(<App />);
  act(() => sw.options?.onOfflineReady?.()); // the worker's callback updates a store the page shows
  expect((await screen.findByText('Ready to work offline')).closest('[role="status"]')).toBeInTheDocument();
});

test('a returning visitor with an active worker is told the app works offline', async () => {
  render(<App />);
  act(() => sw.options?.onRegisteredSW?.('/sw.js', { active: {} } as ServiceWorkerRegistration));
  expect(await screen.findByText('Ready to work offline')).toBeInTheDocument();
});

test('shows the update notice when a new version waits, and Reload calls the update, never by itself', async () => {
  const user = userEvent.setup();
  render(<App />);
  act(() => sw.options?.onNeedRefresh?.());
  expect(await screen.findByRole('heading', { name: 'A new version is available' })).toBeInTheDocument();
  expect(screen.getByText(/Your answers are saved on this computer/)).toBeInTheDocument();
  expect(sw.update).not.toHaveBeenCalled();

  await user.click(screen.getByRole('button', { name: 'Reload to update' }));
  expect(sw.update).toHaveBeenCalledExactlyOnceWith(true);
});

test('"Not now" hides the update notice without updating', async () => {
  const user = userEvent.setup();
  render(<App />);
  act(() => sw.options?.onNeedRefresh?.());
  await user.click(await screen.findByRole('button', { name: 'Not now' }));
  expect(screen.queryByRole('heading', { name: 'A new version is available' })).not.toBeInTheDocument();
  expect(sw.update).not.toHaveBeenCalled();
});

test('when answers are kept only in this tab, the notice says to save a copy before reloading', async () => {
  useStorageStatus.setState({ memoryOnly: true });
  render(<App />);
  act(() => sw.options?.onNeedRefresh?.());
  const text = await screen.findByText(/reloading would clear them: save a copy first/);
  const notice = text.closest('.notice') as HTMLElement;
  expect(within(notice).getByRole('button', { name: 'Save a copy' })).toBeInTheDocument();
});
