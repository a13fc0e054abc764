/**
 * The worker kept waiting for the next export stays while an export button is shown and is ended a few minutes after
 * the last one goes, so a school laptop does not hold jsPDF and the fonts for the rest of the session; a later export
 * still works.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { PdfJob, PdfWorkerReply } from './pdf-job';

/** A stand-in for the browser's Worker that answers every job with a finished file. */
class FakeWorker {
  static started: FakeWorker[] = [];
  /** When set, jobs wait for `finish()` instead of answering at once. */
  static holdReplies = false;
  private pending: (() => void) | null = null;
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
    const answer = () => this.onmessage?.({ data: reply } as MessageEvent<PdfWorkerReply>);
    if (FakeWorker.holdReplies) this.pending = answer;
    else queueMicrotask(answer);
  }
  finish() {
    this.pending?.();
    this.pending = null;
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
  FakeWorker.holdReplies = false;
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

test('while an export button is shown the worker is kept, however long; after it goes, it is ended when idle', async () => {
  const { holdPdfWorker, warmUpPdfWorker, WAITING_WORKER_IDLE_MS } = await import('./build-in-worker');
  const releasePlanButton = holdPdfWorker();
  const releaseBoardButton = holdPdfWorker();
  warmUpPdfWorker(['plan']);
  vi.advanceTimersByTime(WAITING_WORKER_IDLE_MS * 5); // someone writes in the plan for a quarter of an hour
  expect(FakeWorker.started[0]!.terminated).toBe(false);

  releasePlanButton();
  releasePlanButton(); // a second call does nothing
  vi.advanceTimersByTime(WAITING_WORKER_IDLE_MS * 2);
  expect(FakeWorker.started[0]!.terminated).toBe(false); // the board summary's button is still there

  releaseBoardButton();
  vi.advanceTimersByTime(WAITING_WORKER_IDLE_MS);
  expect(FakeWorker.started[0]!.terminated).toBe(true);
});

test('a long export is never ended by the idle timer, and its worker is kept for a full idle time after it', async () => {
  const { buildPdf, warmUpPdfWorker, WAITING_WORKER_IDLE_MS } = await import('./build-in-worker');
  FakeWorker.holdReplies = true;
  warmUpPdfWorker(['plan']);
  const built = buildPdf(planJob);
  vi.advanceTimersByTime(WAITING_WORKER_IDLE_MS * 2);
  expect(FakeWorker.started[0]!.terminated).toBe(false);

  FakeWorker.started[0]!.finish();
  await expect(built).resolves.toMatchObject({ fileName: 'plan.pdf' });
  vi.advanceTimersByTime(WAITING_WORKER_IDLE_MS - 1000);
  expect(FakeWorker.started[0]!.terminated).toBe(false);
  vi.advanceTimersByTime(1000);
  expect(FakeWorker.started[0]!.terminated).toBe(true);
});
