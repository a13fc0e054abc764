// Every screen has an address: Back and Forward move between screens, reload keeps the screen, a shared link
// opens that screen in a fresh browser (or says it needs answers first), and the header leads home.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AXE_CONTEXT, launchBrowser } from './chromium.mjs';
import { expectNoAxeViolations } from './axe.mjs';
import { APP_URL, fillProfile, rateStepAndContinue } from './helpers.mjs';

let context;
let page;

before(async () => {
  context = await launchBrowser(AXE_CONTEXT);
  page = context.pages()[0] ?? (await context.newPage());
});
after(() => context?.close());

const path = () => new URL(page.url()).pathname + new URL(page.url()).search;
const heading = () => page.locator('h1').first().innerText();

test('Back and Forward move between stages and never leave the app', async () => {
  await page.goto(APP_URL);
  await page.getByRole('button', { name: 'Start a quick check' }).click();
  await fillProfile(page);
  await page.waitForURL(/\/steps\/needs$/);
  await rateStepAndContinue(page);
  await page.waitForURL(/\/steps\/vision$/);
  assert.match(await heading(), /vision/i);

  await page.goBack();
  await page.waitForURL(/\/steps\/needs$/);
  assert.match(await heading(), /needs/i);
  // The earlier answers are still there.
  assert.equal(await page.locator('input[type="radio"][value="unsure"]:checked').count() > 0, true);

  await page.goBack();
  await page.waitForURL(/\/profile$/);
  assert.equal(await page.getByLabel('Name of your school or district').inputValue(), 'Lincoln High School');

  await page.goForward();
  await page.waitForURL(/\/steps\/needs$/);
  await page.goForward();
  await page.waitForURL(/\/steps\/vision$/);
  assert.match(await heading(), /vision/i);

  // Back to the start page, then Back once more stays inside the app's own history.
  await page.goBack();
  await page.goBack();
  await page.goBack();
  await page.waitForURL((url) => url.pathname === '/');
  await page.getByRole('heading', { level: 1 }).waitFor();
});

test('reload keeps each screen, and typed text survives it', async () => {
  for (const address of ['/profile', '/steps/needs', '/steps/support', '/review', '/present/design', '/worksheets', '/room', '/privacy']) {
    await page.goto(new URL(address, APP_URL).href);
    await page.locator('h1').first().waitFor();
    const before = await heading();
    await page.reload();
    await page.locator('h1').first().waitFor();
    assert.equal(await heading(), before, `reload on ${address}`);
    assert.equal(path(), address);
  }
  await page.goto(new URL('/steps/vision', APP_URL).href);
  const box = page.locator('main textarea').first();
  await box.fill('Typed, never submitted');
  await page.waitForTimeout(600); // drafts save 400 ms after typing stops
  await page.reload();
  assert.equal(await page.locator('main textarea').first().inputValue(), 'Typed, never submitted');
});

test('a shared link opens that screen in a fresh browser, or says it needs answers first', async () => {
  const fresh = await launchBrowser(AXE_CONTEXT);
  try {
    const other = fresh.pages()[0] ?? (await fresh.newPage());
    await other.goto(new URL('/present/vision', APP_URL).href);
    await other.getByRole('heading', { name: /Step 2 of 7/ }).waitFor();

    await other.goto(new URL('/results', APP_URL).href);
    await other.getByRole('heading', { name: 'This page needs answers first' }).waitFor();
    await expectNoAxeViolations(other, 'the needs-answers page');
    await other.getByRole('link', { name: 'Go to the start page' }).click();
    await other.waitForURL((url) => url.pathname === '/');

    await other.goto(new URL('/no/such/page', APP_URL).href);
    await other.getByRole('heading', { name: 'Page not found' }).waitFor();
    await expectNoAxeViolations(other, 'the not-found page');
    assert.equal(new URL(other.url()).pathname, '/no/such/page');
  } finally {
    await fresh.close();
  }
});

test('the header title leads to the start page from every screen', async () => {
  await page.goto(new URL('/steps/design', APP_URL).href);
  await page.getByRole('link', { name: /start page/ }).click();
  await page.waitForURL((url) => url.pathname === '/');
  await page.getByRole('heading', { name: /Continue where you left off|Pick up where you left off/ }).waitFor();
});
