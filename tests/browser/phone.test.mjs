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
