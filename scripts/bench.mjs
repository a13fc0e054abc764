// `npm run bench`: the budgets of README "Performance", each as PASS/FAIL from one interleaved run.
//
// Absolute times drift on shared machines, so time budgets are ratios against the reference form
// (scripts/reference-form: 7 pages, 42 questions on the same stack, jsPDF loaded on click), measured in the
// same run: app and reference alternate, load by load, and each figure is the median of RUNS (≥ 5).
// Loads are cold (fresh browser, empty profile, cache disabled) at 4× CPU throttling. Machine-independent
// limits (longest main-thread task during an export, bytes) are absolute.
// Options: --runs=N (default 5, minimum 5), --no-build.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../tests/browser/chromium.mjs';
import { freePort, startPreview } from '../tests/browser/preview-server.mjs';
import { INITIAL_BUDGET_BYTES, chunkSizes, kB } from './bundle-size.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Math.max(5, Number(process.argv.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 5));
const CPU_SLOWDOWN = 4;
const BUDGET = {
  fcpRatio: 1.0,
  clickToFieldMs: 300,
  coldFirstFieldRatio: 1.0,
  pdfRatio: 2.0,
  longestTaskMs: 100,
  slowKeys: 0,
  medianKeyMs: 16,
};
const FIRST_FIELD_LABEL = 'Name of your school or district';
const TYPED_KEYS = 200;
const START_BUTTON = 'Start a full plan';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length === 0 ? NaN : s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const ms = (x) => `${Math.round(x)} ms`;
const verdict = (ok) => (ok ? 'PASS' : 'FAIL');

function tsxJson(args) {
  const made = spawnSync('npx', ['tsx', ...args], { cwd: root, encoding: 'utf8', maxBuffer: 32_000_000 });
  if (made.status !== 0) throw new Error(`npx tsx ${args.join(' ')} failed:\n${made.stderr}`);
  return JSON.parse(made.stdout);
}

// ---- build and serve both ------------------------------------------------------------------------------
const referenceConfig = join(root, 'scripts', 'reference-form', 'vite.config.ts');
if (!process.argv.includes('--no-build')) {
  for (const extra of [[], ['--config', referenceConfig]]) {
    const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', ...extra], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
}
const app = await startPreview(root, await freePort());
const reference = await startPreview(root, await freePort(), ['--config', referenceConfig]);
const typicalPlan = tsxJson(['scripts/max-length-state.ts', '--typical']);
const maxPlan = tsxJson(['scripts/max-length-state.ts']);

async function coldPage({ throttle = CPU_SLOWDOWN } = {}) {
  const context = await launchBrowser();
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  return { context, page };
}

/**
 * Chromium's own key press → paint times, unrounded: the trace's EventLatency for each key press runs from the
 * operating system's input event to the presentation of the frame that shows its effect. Event Timing measures the
 * same span from the page, but rounds it to 8 ms, so a median "under 16 ms" cannot be told from one of 16: a 12 ms key
 * and a 19 ms key both read 16. Only the "input" category is recorded: adding "cc" made every page slower.
 */
async function traceKeyPresses(context, page) {
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  await cdp.send('Tracing.start', { categories: 'input', transferMode: 'ReportEvents' });
  return {
    async stop() {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;
      const begun = new Map();
      const latencies = [];
      for (const e of events.filter((event) => event.name === 'EventLatency')) {
        const id = `${e.pid}:${e.id2?.local ?? e.id2?.global ?? e.id}`;
        if (e.ph === 'b') begun.set(id, e);
        else if (e.ph === 'e' && begun.get(id)?.args?.event_latency?.event_type === 'KEY_PRESSED') latencies.push((e.ts - begun.get(id).ts) / 1000);
      }
      return latencies;
    },
  };
}

/**
 * In-page marks from navigation start: fcp (first-contentful-paint), and firstField, the frame painting the
 * first field. With `autoClick`, "Start a full plan" is clicked the moment it is in the DOM and enabled (the
 * app's cold path: start page painted, then that click's field); the reference shows its field directly.
 */
function inPageMarks({ label, button, autoClick }) {
  const marks = {};
  window.__bench = marks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') marks.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  window.__longTasks = [];
  new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
  const check = () => {
    const start = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === button);
    if (autoClick && start && marks.clicked === undefined && !start.disabled) {
      marks.clicked = performance.now();
      start.click();
    }
    const field = [...document.querySelectorAll('label')].find((l) => l.textContent.trim() === label);
    if (field && marks.fieldInDom === undefined) {
      marks.fieldInDom = performance.now();
      requestAnimationFrame(() => (marks.firstField = performance.now()));
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
}

async function coldLoad(url, autoClick) {
  const { context, page } = await coldPage();
  try {
    await page.addInitScript(inPageMarks, { label: FIRST_FIELD_LABEL, button: START_BUTTON, autoClick });
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__bench.firstField !== undefined && window.__bench.fcp !== undefined, null, { timeout: 60_000 });
    return await page.evaluate(() => window.__bench);
  } finally {
    await context.close();
  }
}

/** The start page loaded and idle, then a click on "Start a full plan": time to the frame painting the field. */
async function clickToField() {
  const { context, page } = await coldPage();
  try {
    await page.addInitScript(inPageMarks, { label: FIRST_FIELD_LABEL, button: START_BUTTON, autoClick: false });
    await page.goto(app.url);
    await page.getByRole('button', { name: START_BUTTON }).waitFor();
    await page.waitForTimeout(1500);
    await page.evaluate((name) => {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === name);
      window.__bench.clicked = performance.now();
      button.click();
    }, START_BUTTON);
    await page.waitForFunction(() => window.__bench.firstField !== undefined, null, { timeout: 30_000 });
    return await page.evaluate(() => window.__bench.firstField - window.__bench.clicked);
  } finally {
    await context.close();
  }
}

/** Click to file for the app's full-plan PDF (seeded plan) or the reference's; long tasks and progress seen. */
async function pdfExport(kind, savedPlan) {
  const { context, page } = await coldPage();
  try {
    await page.addInitScript(inPageMarks, { label: FIRST_FIELD_LABEL, button: START_BUTTON, autoClick: false });
    let button;
    if (kind === 'app') {
      await page.goto(new URL('/privacy', app.url).href);
      await page.evaluate(({ key, value }) => localStorage.setItem(key, value), savedPlan);
      await page.goto(new URL('/plan', app.url).href);
      button = page.getByRole('button', { name: /^(download the plan|full plan) \(pdf\)/i });
    } else {
      await page.goto(reference.url);
      button = page.getByRole('button', { name: 'Export PDF' });
    }
    await button.waitFor({ timeout: 30_000 });
    await page.waitForTimeout(1500);
    // Resolved before the measured window: Playwright's role query (accessible names of every button on the long
    // plan page, ~100–200 ms at 4×) is the harness's work, not the app's, and the reference's page has one button.
    const target = await button.elementHandle();
    await page.evaluate(() => (window.__longTasks = []));
    const progressSeen = new Set();
    const started = Date.now();
    const download = page.waitForEvent('download', { timeout: 120_000 });
    await target.click();
    let done = false;
    download.then(() => (done = true), () => (done = true));
    while (!done) {
      const text = await page.evaluate(() => [...document.querySelectorAll('[role=status], progress')].map((e) => e.textContent || e.value).join(' '));
      for (const m of text.match(/\b\d+\b/g) ?? []) progressSeen.add(m);
      await page.waitForTimeout(50);
    }
    const file = await download;
    const elapsed = Date.now() - started;
    const path = await file.path();
    const longTasks = await page.evaluate(() => window.__longTasks);
    const pages = (readFileSync(path, 'latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    return { ms: elapsed, bytes: statSync(path).size, pages, longest: Math.max(0, ...longTasks), progress: progressSeen.size > 0 };
  } finally {
    await context.close();
  }
}

/** Saves the typical plan in the app's origin, as someone who has worked through every step. */
async function seedTypicalPlan(page) {
  await page.goto(new URL('/privacy', app.url).href);
  await page.evaluate(({ key, value }) => localStorage.setItem(key, value), typicalPlan);
}

/**
 * The issue's "longest stage": the step with the most form fields once the typical plan is saved, found by opening
 * every numbered step from the app's own stepper, so the bench follows the content when it changes. Its first long
 * answer (not one of the rating items' optional notes) is where the typing runs type.
 */
async function findLongestStage() {
  const { context, page } = await coldPage({ throttle: 1 });
  try {
    await seedTypicalPlan(page);
    await page.goto(new URL('/steps/needs', app.url).href);
    // The stepper's numbered steps ("1. Needs" … "7. Support"), each a button that opens its step.
    const steps = page.getByRole('navigation', { name: 'Progress' }).getByRole('button', { name: /^\W*\d\. / });
    await steps.first().waitFor({ timeout: 30_000 });
    const stages = [];
    for (let i = 0; i < (await steps.count()); i++) {
      await steps.nth(i).click();
      // The clicked step is current once its own screen is drawn; the last step's fields are in <main> until then.
      await page.waitForFunction((n) => document.querySelectorAll('nav [aria-current="step"]')[0]?.textContent?.includes(`${n}. `), i + 1);
      await page.locator('main input, main textarea').first().waitFor({ timeout: 30_000 });
      stages.push({
        path: new URL(page.url()).pathname,
        ...(await page.evaluate(() => ({
          fields: document.querySelectorAll('main input, main textarea, main select').length,
          elements: document.querySelectorAll('*').length,
          height: document.documentElement.scrollHeight,
        }))),
      });
    }
    if (stages.length === 0) throw new Error('The stepper on /steps/needs shows no numbered steps; cannot find the longest stage.');
    return stages.reduce((a, b) => (b.fields > a.fields ? b : a));
  } finally {
    await context.close();
  }
}

/** The first long answer on a stage: a textarea that is not a rating item's notes (their ids start field-ratings-). */
const LONG_ANSWER = 'main textarea:not([id^="field-ratings-"])';

/**
 * Typing at 1× (no throttling), 200 characters with real key events; the Event Timing API gives each key's
 * press-to-paint time. `target`: 'app' is the longest stage's first long answer with a typical plan saved; for scale,
 * in the same run, 'reference' is the reference form's first field and 'bare' a page holding only a <textarea> (no
 * script): what this browser and machine give when a page does nothing at all.
 */
async function typing(target) {
  const { context, page } = await coldPage({ throttle: 1 });
  try {
    let field;
    if (target === 'app') {
      await seedTypicalPlan(page);
      await page.goto(new URL(longestStage.path, app.url).href);
      field = page.locator(LONG_ANSWER).first();
    } else if (target === 'reference') {
      await page.goto(reference.url);
      field = page.getByLabel(FIRST_FIELD_LABEL);
    } else {
      await page.setContent('<!doctype html><title>Bare textarea</title><textarea aria-label="Answer" rows="8" cols="80"></textarea>');
      field = page.getByLabel('Answer');
    }
    await field.waitFor({ timeout: 30_000 });
    // A warm-up, the same on all three pages. The first text typed in a browser tab makes Chromium's spellchecker
    // reply: a 16–34 ms task on the page's main thread (sometimes a second of 12 ms), on the bare <textarea> too, and
    // never again in that tab (decision record 0014). Someone typing on the longest stage has already typed on the steps before it. 800 ms
    // lets the reply arrive and stays under the app's 1 s pause, so its background work still waits.
    await field.focus();
    await page.keyboard.type('Warming up. ');
    await page.waitForTimeout(800);
    await field.fill('');
    await field.focus();
    // In the middle of the window, as for someone typing: in this headless Chromium, keys typed into a field whose
    // text is near the window's bottom edge get no EventLatency, or one that waits for the caret's next blink
    // (500–1,300 ms), on the bare <textarea> page as on the app (decision record 0014).
    await field.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    // fill('') above is an input event of its own, often reported late: count only entries that start after this.
    await page.waitForTimeout(500);
    await page.evaluate(() => {
      window.__events = [];
      const typingStarts = performance.now();
      new PerformanceObserver((list) =>
        window.__events.push(
          ...list
            .getEntries()
            .filter((e) => e.startTime >= typingStarts)
            .map((e) => ({ name: e.name, duration: e.duration })),
        ),
      ).observe({
        type: 'event',
        durationThreshold: 16,
        buffered: false,
      });
    });
    const text = 'Our science and math teachers meet monthly; we want a STEM teacher leader to coach them. '.repeat(3).slice(0, TYPED_KEYS);
    const trace = await traceKeyPresses(context, page);
    for (const ch of text) await page.keyboard.type(ch);
    await page.waitForTimeout(1000);
    const latencies = await trace.stop();
    const events = (await page.evaluate(() => window.__events)).filter((e) => ['keydown', 'keypress', 'keyup', 'beforeinput', 'input'].includes(e.name));
    // Events under 16 ms are not reported (durationThreshold); count them as 8 ms (half a frame) for the median.
    const durations = [...events.map((e) => e.duration), ...Array(Math.max(0, text.length * 3 - events.length)).fill(8)];
    return {
      eventTiming: { slow: events.filter((e) => e.duration > 50).length, median: median(durations), worst: Math.max(0, ...events.map((e) => e.duration)) },
      trace: { keys: latencies.length, slow: latencies.filter((d) => d > 50).length, median: median(latencies), worst: Math.max(0, ...latencies) },
    };
  } finally {
    await context.close();
  }
}

// ---- the interleaved run ------------------------------------------------------------------------------
const rows = { appLoad: [], refLoad: [], click: [], appPdf: [], refPdf: [] };
for (let i = 0; i < RUNS; i++) {
  rows.appLoad.push(await coldLoad(app.url, true));
  rows.refLoad.push(await coldLoad(reference.url, false));
  rows.click.push(await clickToField());
  rows.appPdf.push(await pdfExport('app', typicalPlan));
  rows.refPdf.push(await pdfExport('reference'));
  const last = (k) => rows[k][i];
  process.stdout.write(
    `run ${i + 1}/${RUNS}: FCP app ${ms(last('appLoad').fcp)} / ref ${ms(last('refLoad').fcp)}; first field app ${ms(last('appLoad').firstField)} / ref ${ms(last('refLoad').firstField)}; ` +
      `click→field ${ms(last('click'))}; PDF app ${ms(last('appPdf').ms)} / ref ${ms(last('refPdf').ms)}\n`,
  );
}
const maxPdf = await pdfExport('app', maxPlan);
const longestStage = await findLongestStage();
const typed = { app: [], reference: [], bare: [] };
for (let i = 0; i < RUNS; i++) for (const target of Object.keys(typed)) typed[target].push(await typing(target));
app.stop();
reference.stop();

// ---- report -------------------------------------------------------------------------------------------
const fcpApp = median(rows.appLoad.map((r) => r.fcp));
const fcpRef = median(rows.refLoad.map((r) => r.fcp));
const fieldApp = median(rows.appLoad.map((r) => r.firstField));
const fieldRef = median(rows.refLoad.map((r) => r.firstField));
const click = median(rows.click);
// Shown, not judged: each run's app load against the reference load right after it. On a busy shared machine one slow
// moment moves one median but not the other; the pairs show whether that is what happened.
const pairRatios = (app, ref) => app.map((a, i) => a / ref[i]);
const fmtRatios = (ratios) => ratios.map((r) => r.toFixed(2)).join(', ');
const fieldPairs = pairRatios(rows.appLoad.map((r) => r.firstField), rows.refLoad.map((r) => r.firstField));
const pdfApp = median(rows.appPdf.map((r) => r.ms));
const pdfRef = median(rows.refPdf.map((r) => r.ms));
const longest = Math.max(...rows.appPdf.map((r) => r.longest), maxPdf.longest);
// A slow key in any run fails (like the longest task); the median is the median of the runs' medians. A key is slow
// if either measure puts it over 50 ms; the median is judged on the trace's, which Event Timing's 8 ms steps cannot
// resolve below 16 ms (traceKeyPresses).
const typingFigures = (runs, measure) => ({
  slow: Math.max(...runs.map((k) => k[measure].slow)),
  runsWithSlow: runs.filter((k) => k[measure].slow > 0).length,
  worst: Math.max(...runs.map((k) => k[measure].worst)),
  median: median(runs.map((k) => k[measure].median)),
});
const [keys, keysRef, keysBare] = [typed.app, typed.reference, typed.bare].map((runs) => typingFigures(runs, 'trace'));
const [timedKeys, timedKeysRef, timedKeysBare] = [typed.app, typed.reference, typed.bare].map((runs) => typingFigures(runs, 'eventTiming'));
const tracedKeys = (runs) => Math.min(...runs.map((k) => k.trace.keys));
const everyKeyTraced = typed.app.every((k) => k.trace.keys === TYPED_KEYS);
const slowDetail = (k) => `${k.slow} (in ${k.runsWithSlow} of ${RUNS} runs, worst ${ms(k.worst)})`;
const oneDecimal = (x) => `${x.toFixed(1)} ms`;
const chunks = chunkSizes(join(root, 'dist'));
const initialBytes = chunks.filter((c) => c.initial).reduce((s, c) => s + c.gzip, 0);
const sw = readFileSync(join(root, 'dist', 'sw.js'), 'utf8');
const precached = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]);
const precacheBytes = precached.reduce((sum, url) => {
  try {
    return sum + statSync(join(root, 'dist', url)).size;
  } catch {
    return sum;
  }
}, 0);

const results = [
  ['Start page first contentful paint, app ÷ reference', fcpApp / fcpRef, BUDGET.fcpRatio, `${ms(fcpApp)} vs ${ms(fcpRef)}`],
  ['Cold: start page + click → first field, app ÷ reference first field', fieldApp / fieldRef, BUDGET.coldFirstFieldRatio, `${ms(fieldApp)} vs ${ms(fieldRef)}; run by run ${fmtRatios(fieldPairs)} (median ${median(fieldPairs).toFixed(2)})`],
  ['Click "Start a full plan" → first field painted (ms, 4×)', click, BUDGET.clickToFieldMs, ms(click)],
  ['Typical full-plan PDF click → file, app ÷ reference PDF', pdfApp / pdfRef, BUDGET.pdfRatio, `${ms(pdfApp)} (${rows.appPdf[0].pages} pages) vs ${ms(pdfRef)}`],
  ['Longest main-thread task during a PDF export (ms, 4×)', longest, BUDGET.longestTaskMs, ms(longest)],
  [
    'Typing at 1× on the longest stage: over 50 ms (worst run; key presses by the trace, events by Event Timing)',
    Math.max(keys.slow, timedKeys.slow),
    BUDGET.slowKeys,
    `each page warmed up with 12 typed characters first; trace, key presses of 200: app ${slowDetail(keys)}, reference form ${slowDetail(keysRef)}, bare textarea ${slowDetail(keysBare)}; ` +
      `Event Timing, events (up to 5 per key): app ${slowDetail(timedKeys)}, reference form ${slowDetail(timedKeysRef)}, bare textarea ${slowDetail(timedKeysBare)}`,
  ],
  [
    'Typing at 1× on the longest stage: median key press → paint (ms; trace EventLatency, unrounded)',
    everyKeyTraced ? keys.median : NaN, // a trace that lost or doubled keys proves nothing
    BUDGET.medianKeyMs,
    `app ${oneDecimal(keys.median)} (typed on the longest stage, ${longestStage.path}: ${longestStage.fields} fields, ` +
      `${longestStage.elements} elements, ${longestStage.height} px tall), reference form ${oneDecimal(keysRef.median)}, bare textarea ${oneDecimal(keysBare.median)} ` +
      `(key presses traced, fewest in a run: ${[typed.app, typed.reference, typed.bare].map(tracedKeys).join(' / ')} of ${TYPED_KEYS}); ` +
      `Event Timing (8 ms steps, under 16 ms counted as 8): app ${ms(timedKeys.median)}, reference form ${ms(timedKeysRef.median)}, bare textarea ${ms(timedKeysBare.median)}`,
    'below',
  ],
];
console.log(`\nSTEM Teacher Leadership Planner – benchmark, ${new Date().toISOString().slice(0, 10)}`);
console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}; headless Chromium, ${CPU_SLOWDOWN}× CPU throttling, cache disabled, ${RUNS} interleaved cold runs, medians\n`);
let failed = false;
for (const [name, value, budget, detail, strictly] of results) {
  // "under 16 ms" is a strict budget; the others are "no more than".
  const ok = strictly === 'below' ? value < budget : value <= budget;
  failed ||= !ok;
  const shown = strictly === 'below' ? value.toFixed(1) : Number.isInteger(budget) && (budget > 2 || budget === 0) ? Math.round(value) : value.toFixed(2);
  console.log(`${verdict(ok)}  ${name}: ${shown} (budget ${strictly === 'below' ? '<' : '≤'} ${budget})   ${detail}`);
}
const maxOk = maxPdf.pages > 0 && maxPdf.progress;
failed ||= !maxOk;
console.log(`${verdict(maxOk)}  Maximum-length plan PDF completes with progress shown: ${maxPdf.pages} pages, ${kB(maxPdf.bytes)}, ${ms(maxPdf.ms)}, progress ${maxPdf.progress ? 'shown' : 'NOT shown'}`);
const sizeOk = initialBytes <= INITIAL_BUDGET_BYTES;
failed ||= !sizeOk;
console.log(`${verdict(sizeOk)}  Initial load (gzip): ${kB(initialBytes)} (budget ≤ ${kB(INITIAL_BUDGET_BYTES)})`);
console.log(`      Precache: ${precached.length} files, ${(precacheBytes / 1024).toFixed(0)} KiB`);
process.exitCode = failed ? 1 : 0;
