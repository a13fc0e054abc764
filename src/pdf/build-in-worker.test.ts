/**
 * The worker kept waiting for the next export is ended after a few idle minutes, so a school laptop does not
 * hold jsPDF and the fonts for the rest of the session, and a later export still works.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { PdfJob, PdfWorkerReply } from './pdf-job';

/** A stand-in for the browser's Worker that answers every job with a finished file. */
class FakeWorker {
  static started: FakeWorker[] = [];
  terminated = false;
  received: unknown[] = [];
  onmessage: ((event: MessageEvent<PdfWorkerReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  constructor() {
    FakeWorker.started.push(this);
  }
  postMessage(message: { kind: string }) {
    this.received.push(message);
    if (message.kind === 'warm') return;
    const reply: PdfWorkerReply = { type: 'done', blob: new Blob(['%PDF']), fileName: 'plan.pdf' };
    queueMicrotask(() => this.onmessage?.({ data: reply } as MessageEvent<PdfWorkerReply>));
  }
  terminate() {
    this.terminated = true;
  }
}

const planJob = { kind: 'plan', data: {} } as unknown as Omit<Extract<PdfJob, { kind: 'plan' }>, 'locale' | 'catalog'>;

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('Worker', FakeWorker);
  FakeWorker.started = [];
  vi.resetModules(); // a fresh module: no worker left waiting by another test
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

test('a warmed worker waits, is ended after the idle time, and the next warm-up starts another', async () => {
  const { warmUpPdfWorker, WAITING_WORKER_IDLE_MS } = await import('./build-in-worker');
  warmUpPdfWorker(['plan']);
  expect(FakeWorker.started).toHaveLength(1);

  vi.advanceTimersByTime(WAITING_WORKER_IDLE_MS - 1000);
  warmUpPdfWorker(['board']); // pointing at another button keeps it
  vi.advanceTimersByTime(WAITING_WORKER_IDLE_MS - 1000);
  expect(FakeWorker.started[0]!.terminated).toBe(false);

  vi.advanceTimersByTime(1000);
  expect(FakeWorker.started[0]!.terminated).toBe(true);

  warmUpPdfWorker(['plan']);
  expect(FakeWorker.started).toHaveLength(2);
  // The new worker is warmed for every kind asked for before, not only the last.
  expect(FakeWorker.started[1]!.received).toEqual([{ kind: 'warm', kinds: ['plan', 'board'] }]);
});

test('after an export the worker is kept for the next one, then ended when idle; an export after that still works', async () => {
  const { buildPdf, warmUpPdfWorker, WAITING_WORKER_IDLE_MS } = await import('./build-in-worker');
  warmUpPdfWorker(['plan']);
  await expect(buildPdf(planJob)).resolves.toMatchObject({ fileName: 'plan.pdf' });
  await expect(buildPdf(planJob)).resolves.toMatchObject({ fileName: 'plan.pdf' });
  expect(FakeWorker.started).toHaveLength(1);

  vi.advanceTimersByTime(WAITING_WORKER_IDLE_MS);
  expect(FakeWorker.started[0]!.terminated).toBe(true);

  await expect(buildPdf(planJob)).resolves.toMatchObject({ fileName: 'plan.pdf' });
  expect(FakeWorker.started).toHaveLength(2);
});
