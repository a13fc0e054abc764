// Issue #5: two tabs on one plan lose no answer; damaged saved data never stops the app.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser } from './chromium.mjs';
import { APP_URL, fillProfile, rateStepAndContinue, savedState } from './helpers.mjs';

let context;
before(async () => {
  context = await launchBrowser();
});
after(() => context?.close());

test('two tabs on the same plan: answers given in each tab are all kept', async () => {
  const tabA = await context.newPage();
  await tabA.goto(APP_URL);
  await tabA.getByRole('button', { name: 'Start a quick check' }).click();
  await fillProfile(tabA, 'Two Tab School');
  await tabA.getByRole('heading', { level: 1 }).filter({ hasText: /needs/i }).waitFor();

  // Tab B opens the same plan and answers step 1.
  const tabB = await context.newPage();
  await tabB.goto(APP_URL);
  await tabB.getByRole('button', { name: 'Continue' }).click();
  await rateStepAndContinue(tabB);
  await tabB.getByRole('heading', { level: 1 }).filter({ hasText: /vision/i }).waitFor();

  // Tab A, still on step 1, has picked up B's answers; it answers step 2 without losing them.
  await tabA.bringToFront();
  await tabA.locator('.stepper').getByRole('button', { name: /^2\./ }).click();
  await rateStepAndContinue(tabA);

  const state = (await savedState(tabA)).state;
  assert.deepEqual([...state.completed].sort(), ['needs', 'profile', 'vision']);
  assert.equal(state.profile.orgName, 'Two Tab School');
  assert.equal(await tabA.getByText('Your answers were changed in another tab').count(), 0);

  // A fresh tab sees everything.
  const tabC = await context.newPage();
  await tabC.goto(new URL('/steps/needs', APP_URL).href);
  await tabC.locator('.stepper__item--done').first().waitFor();
  assert.equal(await tabC.locator('.stepper__item--done').count(), 3);
  await Promise.all(context.pages().map((p) => p.close()));
});

test('damaged saved data: the app starts, explains, keeps a backup and offers a download', async () => {
  const page = await context.newPage();
  await page.goto(APP_URL);
  await page.evaluate(() => localStorage.setItem('stem-teacher-leadership-planner', '{"state":{"mode":"qu'));
  await page.reload();
  const alert = page.getByRole('alert').filter({ hasText: 'Answers saved earlier could not be read' });
  await alert.waitFor();
  await page.getByRole('button', { name: 'Start a quick check' }).waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button', { name: 'Download the unreadable data' }).click()]);
  assert.match(download.suggestedFilename(), /unreadable/);
  const backups = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('stem-teacher-leadership-planner:backup:')).map((k) => localStorage.getItem(k)),
  );
  assert.deepEqual(backups, ['{"state":{"mode":"qu']);
  await page.evaluate(() => localStorage.clear());
  await page.close();
});
