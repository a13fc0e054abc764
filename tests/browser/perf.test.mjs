// The split between the start page and the lazily loaded wizard, in a real browser on the production build.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser } from './chromium.mjs';

const APP_URL = process.env.APP_URL;
let context;
before(async () => {
  context = await launchBrowser();
});
after(() => context?.close());

test('a first visit loads only the start page, then the form on "Start a full plan"; no other origin is contacted', async () => {
  const page = await context.newPage();
  const origin = new URL(APP_URL).origin;
  const foreign = [];
  page.on('request', (r) => {
    if (/^https?:/.test(r.url()) && new URL(r.url()).origin !== origin) foreign.push(r.url());
  });
  await page.goto(APP_URL);
  await page.getByRole('button', { name: 'Start a full plan' }).click();
  await page.getByLabel('Name of your school or district').waitFor({ state: 'visible' });
  const files = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
  assert.ok(files.some((f) => /wizard-screens-.*\.js$/.test(f)), 'the wizard chunk is loaded on demand');
  assert.deepEqual(foreign, []);
  await page.close();
});

test('a returning visitor reopens the saved stage at its address, with saved data checked; the start page offers to continue', async () => {
  const page = await context.newPage();
  await page.goto(APP_URL);
  await page.evaluate(() => {
    localStorage.setItem(
      'stem-teacher-leadership-planner',
      JSON.stringify({
        version: 1,
        state: {
          mode: 'full',
          profile: { orgName: 'Riverside', orgType: 'school', level: 'high', respondentRole: 'Principal', team: '', date: '2026-01-15' },
          steps: {},
          completed: ['profile', 'needs'], // needs has no saved answers, so it must not count as done
          drafts: { needs: { currentState: 'Draft kept' } },
          view: { name: 'stage', stage: 'needs' },
        },
      }),
    );
  });
  await page.goto(new URL('/steps/needs', APP_URL).href);
  const answer = page.locator('#field-currentState');
  await answer.waitFor({ state: 'visible' });
  assert.equal(await answer.inputValue(), 'Draft kept');
  assert.match(await page.getByRole('navigation', { name: 'Progress' }).innerText(), /0 of 7 steps completed/);

  // The start page's address shows the start page, with the way back to the unfinished stage.
  await page.goto(APP_URL);
  await page.getByRole('heading', { name: 'Continue where you left off' }).waitFor();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('#field-currentState').waitFor({ state: 'visible' });
  assert.equal(new URL(page.url()).pathname, '/steps/needs');
  await page.close();
});
