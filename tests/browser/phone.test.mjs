// On a 390 × 844 phone the header is one row (short name, language, Menu), in both languages, and the menu
// opens the rest of it by keyboard.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { expectNoAxeViolations } from './axe.mjs';
import { AXE_CONTEXT, launchBrowser } from './chromium.mjs';
import { APP_URL } from './helpers.mjs';

let context;
let page;

before(async () => {
  context = await launchBrowser({ ...AXE_CONTEXT, viewport: { width: 390, height: 844 } });
  page = context.pages()[0] ?? (await context.newPage());
});
after(() => context?.close());

/** How many rows the header's visible parts take: parts whose vertical centres are within 16 px share a row. */
async function headerRowCount() {
  return page.evaluate(() => {
    const inner = document.querySelector('.app-header__inner');
    const centres = [...inner.children]
      .map((el) => el.getBoundingClientRect())
      .filter((box) => box.height > 0)
      .map((box) => box.top + box.height / 2)
      .sort((a, b) => a - b);
    return centres.filter((centre, i) => i === 0 || centre - centres[i - 1] > 16).length;
  });
}

test('the phone header is one row in English and Spanish, and its menu opens the rest', async () => {
  await page.goto(APP_URL);
  await page.getByRole('button', { name: 'Start a quick check' }).click();
  await page.locator('#field-orgName').waitFor();
  assert.equal(await headerRowCount(), 1, 'one header row in English');
  assert.equal(await page.getByRole('button', { name: /^Your data/ }).isVisible(), false);

  const menu = page.getByRole('button', { name: /^Menu/ });
  await menu.focus();
  await page.keyboard.press('Enter');
  assert.equal(await menu.getAttribute('aria-expanded'), 'true');
  await page.getByRole('button', { name: /^Your data/ }).waitFor();
  await expectNoAxeViolations(page, 'the phone header with its menu open');
  await page.keyboard.press('Enter');

  await page.getByRole('button', { name: /Change the language to Spanish/ }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'es-US');
  assert.equal(await headerRowCount(), 1, 'one header row in Spanish');
  await expectNoAxeViolations(page, 'the phone header in Spanish');
});

test('on a phone, each stage shows its title and first question without scrolling; the stepper opens on demand', async () => {
  await page.goto(new URL('/profile', APP_URL).href);
  for (const address of ['/profile', '/steps/needs', '/steps/vision', '/steps/programming', '/steps/design', '/steps/sustainability', '/steps/position', '/steps/support']) {
    await page.goto(new URL(address, APP_URL).href);
    await page.locator('h1').waitFor();
    const firstQuestion = page.locator('main form legend, main form label').first();
    const box = await firstQuestion.boundingBox();
    const title = await page.locator('h1').boundingBox();
    assert.ok(title && title.y + title.height <= 844, `the title of ${address} is on the first screen`);
    assert.ok(box && box.y + Math.min(box.height, 40) <= 844, `the first question of ${address} starts on the first screen (top at ${box?.y})`);
  }
  const toggle = page.locator('.stepper__phone-toggle');
  assert.match(await toggle.innerText(), /Paso 7 de 7|Step 7 of 7/);
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  await page.locator('.stepper__list').getByRole('button').first().waitFor();
  await expectNoAxeViolations(page, 'the phone stepper, open');
});
