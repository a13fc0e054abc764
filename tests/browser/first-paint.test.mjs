// The start page prerendered into index.html (docs/decisions/0012-first-paint-and-first-field.md): painted before
// the app's script runs, adopted by React without being drawn again, hidden where it is not the first screen, and
// a click on it before the app took over is never lost.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { launchBrowser } from './chromium.mjs';

const APP_URL = process.env.APP_URL;
const STORAGE_KEY = 'stem-teacher-leadership-planner';
const contexts = [];
after(() => Promise.all(contexts.map((c) => c.close())));

/**
 * A page in a fresh browser profile whose app script is held back until `release()`: what a slow laptop shows
 * before the script has run. `stored` is put in localStorage first.
 */
async function pageWithScriptHeld(stored = {}) {
  // No service worker: on a slow machine the first visit (to store `stored`) can last long enough for the app to
  // register it, and requests it answers from its cache pass by page.route(), so the script would not be held.
  const context = await launchBrowser({ serviceWorkers: 'block' });
  contexts.push(context);
  const page = context.pages()[0] ?? (await context.newPage());
  if (Object.keys(stored).length > 0) {
    await page.goto(new URL('/privacy', APP_URL).href);
    await page.evaluate((entries) => entries.forEach(([k, v]) => localStorage.setItem(k, v)), Object.entries(stored));
  }
  let release;
  const released = new Promise((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return { page, release: () => release() };
}

/**
 * Whether #root would be painted. Nothing paints before the stylesheet has loaded (it blocks rendering), and the
 * parser can reach #root before that, so this waits for the stylesheet that hides or shows it.
 */
async function rootShown(page) {
  await page.waitForSelector('#root', { state: 'attached' });
  await page.waitForFunction(() => [...document.styleSheets].some((sheet) => sheet.href?.includes('/assets/')));
  return page.evaluate(() => getComputedStyle(document.getElementById('root')).display !== 'none');
}

test('a first visit shows the start page before the script runs, and React adopts it without drawing it again', async () => {
  const { page, release } = await pageWithScriptHeld();
  const problems = [];
  page.on('console', (m) => ['error', 'warning'].includes(m.type()) && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(APP_URL, { waitUntil: 'commit' });
  const heading = page.getByRole('heading', { level: 1, name: 'Plan STEM teacher leadership, step by step' });
  await heading.waitFor();
  assert.ok(await rootShown(page), 'the prerendered start page is shown while the script is held');
  await page.evaluate(() => (window.__sameHeading = document.querySelector('h1')));

  release();
  await page.waitForFunction(() => window.__startPageEarly?.takenOver === true);
  assert.ok(await page.evaluate(() => document.querySelector('h1') === window.__sameHeading), 'the same heading element, adopted, not redrawn');
  // Adopted means working: the language switch and the start buttons respond.
  await page.getByRole('button', { name: 'Start a full plan' }).click();
  await page.getByLabel('Name of your school or district').waitFor();
  assert.deepEqual(problems, []);
});

test('the start page\'s lower part is left out of the first paint, then laid out, and works', async () => {
  const context = await launchBrowser();
  contexts.push(context);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.addInitScript(() => {
    window.__belowFold = {};
    new MutationObserver(() => {
      const html = document.documentElement;
      if (html.getAttribute('data-below-fold') === 'later') window.__belowFold.set = true;
      else if (window.__belowFold.set && window.__belowFold.paintedBefore === undefined)
        window.__belowFold.paintedBefore = performance.getEntriesByName('first-contentful-paint').length > 0;
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-below-fold'] });
  });
  await page.goto(APP_URL);
  await page.waitForFunction(() => window.__belowFold.paintedBefore !== undefined);
  assert.deepEqual(await page.evaluate(() => window.__belowFold), { set: true, paintedBefore: true });
  const later = page.locator('.start-page__later');
  assert.equal(await later.evaluate((element) => getComputedStyle(element).contentVisibility), 'visible');
  await page.getByRole('button', { name: 'Workshop room: individual, then team' }).click();
  await page.getByRole('heading', { level: 1, name: 'Workshop room: individual, then team' }).waitFor();
});

test('the app\'s script starts only once the start page has painted, so evaluating it never delays the first paint', async () => {
  const context = await launchBrowser();
  contexts.push(context);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.addInitScript(() => {
    new MutationObserver((records, observer) => {
      for (const record of records)
        for (const node of record.addedNodes)
          if (node instanceof HTMLScriptElement && node.type === 'module') {
            window.__appScriptStartedAt = performance.now();
            observer.disconnect();
          }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(APP_URL);
  await page.waitForFunction(() => window.__startPageEarly?.takenOver === true);
  const { fcp, started } = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    started: window.__appScriptStartedAt,
  }));
  assert.ok(fcp !== undefined && started !== undefined, 'both were seen');
  assert.ok(fcp < started, `first paint at ${fcp} ms, the app's script started at ${started} ms`);
});

test('"Start a full plan" clicked before the script ran shows the first form at once; what is typed there carries over', async () => {
  const { page, release } = await pageWithScriptHeld();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(APP_URL, { waitUntil: 'commit' });
  await page.getByRole('button', { name: 'Start a full plan' }).click();
  // Before the app's script has run: the form's prerendered copy, focused on its heading, usable. (A click before
  // the start page's first paint is reported gets the copy a frame later.)
  await page.waitForFunction(() => document.activeElement?.textContent === 'About your school or district');
  await page.getByLabel('Name of your school or district').fill('Lincoln Elementary “K–5”');
  await page.getByRole('radio', { name: 'A school' }).check();
  assert.equal(await page.getByLabel('Date of this assessment').inputValue(), await page.evaluate(() => new Date().toLocaleDateString('en-CA')));
  await page.getByLabel('Your role').click();
  await page.keyboard.type('Princ');

  release();
  await page.waitForFunction(() => window.__startPageEarly?.takenOver === true);
  // The app's own form: the same answers, focus and caret where they were, so typing simply continues.
  await page.keyboard.type('ipal');
  assert.equal(await page.getByLabel('Your role').inputValue(), 'Principal');
  assert.equal(await page.getByLabel('Name of your school or district').inputValue(), 'Lincoln Elementary “K–5”');
  assert.ok(await page.getByRole('radio', { name: 'A school' }).isChecked());
  await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key) ?? '{}').state?.drafts?.profile?.respondentRole === 'Principal', STORAGE_KEY);
  assert.equal(await page.evaluate((key) => JSON.parse(localStorage.getItem(key)).state.mode, STORAGE_KEY), 'full');
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: 'Plan STEM teacher leadership, step by step' }).waitFor();
  assert.deepEqual(problems, []);
});

test('a double-click on "Start a full plan" does not also choose whatever field of the copy appears under the pointer', async () => {
  const { page, release } = await pageWithScriptHeld();
  await page.goto(APP_URL, { waitUntil: 'commit' });
  await page.getByRole('button', { name: 'Start a full plan' }).dblclick();
  await page.getByLabel('Name of your school or district').waitFor();
  release();
  await page.waitForFunction(() => window.__startPageEarly?.takenOver === true);
  const checked = await page.evaluate(() => [...document.querySelectorAll('main input:checked')].map((i) => i.value));
  assert.deepEqual(checked, []);
});

test('"Save and continue" pressed on the form\'s copy is pressed again once the app has taken over', async () => {
  const { page, release } = await pageWithScriptHeld();
  await page.goto(APP_URL, { waitUntil: 'commit' });
  await page.getByRole('button', { name: 'Start a quick check' }).click();
  await page.getByRole('button', { name: 'Save and continue' }).click();
  assert.equal(new URL(page.url()).pathname, '/', 'the copy does not submit itself');
  release();
  // The blank form does not pass: the app's error summary says what is missing.
  await page.getByRole('alert', { name: 'There is a problem' }).waitFor();
  assert.equal(await page.evaluate((key) => JSON.parse(localStorage.getItem(key)).state.mode, STORAGE_KEY), 'quick');
});

test('any other early click is replayed once the app has taken over (here the room link)', async () => {
  const { page, release } = await pageWithScriptHeld();
  await page.goto(APP_URL, { waitUntil: 'commit' });
  await page.getByRole('button', { name: 'Workshop room: individual, then team' }).click();
  release();
  await page.getByRole('heading', { level: 1, name: /workshop room/i }).waitFor();
});

test('"Start a quick check" clicked while React is adopting the start page opens the form, and the form works', async () => {
  const context = await launchBrowser();
  contexts.push(context);
  const page = context.pages()[0] ?? (await context.newPage());
  // A slow laptop: adopting the start page takes long enough to be clicked in. The click comes the moment the app
  // has begun drawing (main.tsx, endEarlyStart) and before it owns the page (takeOverFromPrerender).
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    const poll = setInterval(() => {
      const early = window.__startPageEarly;
      if (!early?.appDrawing) return;
      clearInterval(poll);
      window.__clickedWhileDrawing = !early.takenOver;
      document.querySelector('[data-start-mode="quick"]').click();
    }, 0);
  });
  await page.goto(APP_URL);
  const name = page.getByLabel('Name of your school or district');
  await name.waitFor({ timeout: 20_000 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  assert.equal(await page.evaluate(() => window.__clickedWhileDrawing), true, 'the click came before the app owned the page');
  // The app's own form, at its address: Enter checks the answers in place instead of sending the page away.
  await page.waitForURL(/\/profile$/);
  await name.fill('Race Elementary');
  await name.press('Enter');
  await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
  assert.match(page.url(), /\/profile$/);
});

test('the prerendered page stays hidden for a returning visitor, in Spanish, and at another address', async () => {
  const cases = [
    { name: 'saved answers', path: '/', stored: { [STORAGE_KEY]: '{"state":{},"version":5}' } },
    { name: 'Spanish chosen', path: '/', stored: { [`${STORAGE_KEY}:locale`]: 'es' } },
    { name: 'another address', path: '/privacy', stored: {} },
  ];
  for (const { name, path, stored } of cases) {
    const { page, release } = await pageWithScriptHeld(stored);
    await page.goto(new URL(path, APP_URL).href, { waitUntil: 'commit' });
    assert.equal(await rootShown(page), false, `${name}: nothing is shown before the app draws the right screen`);
    release();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    assert.equal(await rootShown(page), true, `${name}: the app then shows its screen`);
  }
});

test('a returning visitor\'s form files are asked for while the app\'s own script is still held back', async () => {
  const { page, release } = await pageWithScriptHeld({ [STORAGE_KEY]: '{"state":{},"version":5}' });
  const asked = [];
  page.on('request', (request) => asked.push(new URL(request.url()).pathname));
  await page.goto(APP_URL, { waitUntil: 'commit' });
  // The early script reads the list of form files from <head> as it runs, for saved answers.
  await page.waitForFunction(() => document.readyState !== 'loading');
  assert.ok(asked.some((path) => /\/assets\/wizard-screens-[^/]+\.js$/.test(path)), `asked for: ${asked.join(', ')}`);
  release();
  await page.getByRole('heading', { level: 1 }).first().waitFor();
});
