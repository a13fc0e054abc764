// Holds the look: the screens people show others, at a phone (390 × 844) and a laptop (1366 × 900), in
// English and Spanish, compared with the PNGs committed in tests/browser/screenshots/. A change that moves
// a layout by more than the tolerance fails here; when the change is intended, run
// `npm run test:update-screenshots` and commit the new PNGs (look at them first).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { launchBrowser } from './chromium.mjs';
import { APP_URL } from './helpers.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BASELINES = join(root, 'tests', 'browser', 'screenshots');
const FAILURES = join(root, 'tests', 'browser', 'screenshots-failed');
const UPDATE = process.env.UPDATE_SCREENSHOTS === '1';
/** Share of pixels allowed to differ (anti-aliasing, sub-pixel text), and how different a pixel must be to count. */
const TOLERANCE = { pixels: 0.005, colour: 0.15 };
const LOCALE_KEY = 'stem-teacher-leadership-planner:locale';

const SCREENS = [
  { name: 'start', path: '/' },
  { name: 'stage', path: '/steps/needs' },
  { name: 'review', path: '/review' },
  { name: 'results', path: '/results' },
  { name: 'plan', path: '/plan' },
  { name: 'presentation', path: '/present/needs' },
  { name: 'room', path: '/room' },
];
const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1366, height: 900 },
];
const LANGUAGES = ['en', 'es'];

// A full district plan with typical answers and a room of three (scripts/max-length-state.ts).
const made = spawnSync('npx', ['tsx', 'scripts/max-length-state.ts', '--typical', '--with-room'], { cwd: root, encoding: 'utf8' });
if (made.status !== 0) throw new Error(`scripts/max-length-state.ts failed:\n${made.stderr}`);
const savedPlan = JSON.parse(made.stdout);

/** One browser per viewport and language, the plan saved in it once; then each screen by its address. */
async function shootAll(viewport, language) {
  const context = await launchBrowser({ viewport, reducedMotion: 'reduce' });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(new URL('/privacy', APP_URL).href);
    await page.evaluate(
      ({ saved, locale, localeKey }) => {
        localStorage.setItem(saved.key, saved.value);
        localStorage.setItem(localeKey, locale);
      },
      { saved: savedPlan, locale: language, localeKey: LOCALE_KEY },
    );
    const shots = [];
    for (const screen of SCREENS) {
      await page.goto(new URL(screen.path, APP_URL).href);
      await page.locator('h1').first().waitFor();
      await page.evaluate(() => document.fonts.ready);
      await page.waitForTimeout(200);
      const png = await page.screenshot({
        animations: 'disabled',
        caret: 'hide',
        // These say when the app last saved and whether it is cached for offline use: true, but not stable.
        mask: [page.locator('.save-status')],
      });
      shots.push({ screen, png });
    }
    return shots;
  } finally {
    await context.close();
  }
}

for (const viewport of VIEWPORTS) {
  for (const language of LANGUAGES) {
    test(`screens look as committed: ${viewport.name} (${viewport.width} px), ${language}`, async () => {
      const problems = [];
      for (const { screen, png: actual } of await shootAll(viewport, language)) {
        const file = `${screen.name}-${viewport.name}-${language}.png`;
        const baselinePath = join(BASELINES, file);
        if (UPDATE || !existsSync(baselinePath)) {
          if (!UPDATE) {
            problems.push(`${file}: no baseline; run npm run test:update-screenshots and commit it`);
            continue;
          }
          mkdirSync(BASELINES, { recursive: true });
          writeFileSync(baselinePath, actual);
          continue;
        }
        const expected = PNG.sync.read(readFileSync(baselinePath));
        const got = PNG.sync.read(actual);
        if (expected.width !== got.width || expected.height !== got.height) {
          problems.push(`${file}: size ${got.width}×${got.height}, baseline ${expected.width}×${expected.height}`);
          continue;
        }
        const diff = new PNG({ width: got.width, height: got.height });
        const differing = pixelmatch(expected.data, got.data, diff.data, got.width, got.height, { threshold: TOLERANCE.colour });
        const share = differing / (got.width * got.height);
        if (share > TOLERANCE.pixels) {
          mkdirSync(FAILURES, { recursive: true });
          writeFileSync(join(FAILURES, file), actual);
          writeFileSync(join(FAILURES, file.replace('.png', '-diff.png')), PNG.sync.write(diff));
          problems.push(`${file}: ${(share * 100).toFixed(2)}% of pixels differ (allowed ${TOLERANCE.pixels * 100}%); see ${FAILURES}`);
        }
      }
      assert.deepEqual(problems, []);
    });
  }
}
