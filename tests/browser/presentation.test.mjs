// Issue 6: the presentation view, driven by keyboard alone, and the printable worksheets, on screen and as a PDF.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { expectNoAxeViolations } from './axe.mjs';
import { AXE_CONTEXT, launchBrowser } from './chromium.mjs';
import { APP_URL } from './helpers.mjs';

const STEP_TITLES = [
  'Assess STEM-related needs',
  'Establish a vision for STEM education and teacher leadership',
  'Examine successful STEM education programming',
  'Design the model of STEM teacher leadership',
  'Plan for sustainability',
  'Define and staff the STEM teacher leader position',
  'Support the STEM teacher leader',
];

let context;
let page;
before(async () => {
  context = await launchBrowser({ ...AXE_CONTEXT, viewport: { width: 1280, height: 720 } });
  page = context.pages()[0] ?? (await context.newPage());
});
after(() => context?.close());

const focusedHeading = () =>
  page.evaluate(() => (document.activeElement?.tagName === 'H1' ? document.activeElement.textContent : null));
const noSidewaysScroll = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

/** Tab until the named control has focus, as a keyboard user would. */
async function tabTo(name) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (label.startsWith(name)) return;
  }
  throw new Error(`could not tab to "${name}"`);
}

test('keyboard only: open the presentation from the start page, walk all seven steps, time, get help, leave', async () => {
  await page.goto(APP_URL);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await tabTo('Present the seven steps on a projector');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: /^Step 1 of 7/ }).waitFor();
  assert.equal(await focusedHeading(), `Step 1 of 7: ${STEP_TITLES[0]}`);
  // What a screen reader hears, as Chromium computes it: not the count in capitals with a space before the colon.
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  const heading = nodes.find((n) => n.role?.value === 'heading' && n.properties?.some((p) => p.name === 'level' && p.value.value === 1));
  assert.equal(heading?.name?.value, `Step 1 of 7: ${STEP_TITLES[0]}`);
  // No stray warning sign beside the minutes field while its error slot is empty.
  assert.equal(
    await page.locator('.timer__error').evaluate((el) => getComputedStyle(el, '::before').content),
    'none',
  );
  await expectNoAxeViolations(page, 'the presentation view');

  for (let step = 2; step <= 7; step++) {
    await page.keyboard.press(step % 2 ? 'PageDown' : 'ArrowRight');
    await page.getByRole('heading', { level: 1, name: new RegExp(`^Step ${step} of 7`) }).waitFor();
    assert.equal(await focusedHeading(), `Step ${step} of 7: ${STEP_TITLES[step - 1]}`, `focus on step ${step}`);
  }
  await page.keyboard.press('PageUp');
  assert.equal(await focusedHeading(), `Step 6 of 7: ${STEP_TITLES[5]}`);

  // Timer: T starts, Space (focus on the heading, not a button) pauses.
  await page.keyboard.press('t');
  await page.getByRole('button', { name: 'Pause timer' }).waitFor();
  await page.waitForTimeout(1300);
  await page.keyboard.press(' ');
  await page.getByRole('button', { name: 'Start timer' }).waitFor();
  const shown = await page.locator('.timer__digits').textContent();
  assert.match(shown, /^09:5\d$/);
  await page.waitForTimeout(1100);
  assert.equal(await page.locator('.timer__digits').textContent(), shown, 'paused time stands still');

  // Help overlay: ? opens it, Escape closes it and focus goes back to the heading.
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await dialog.waitFor();
  await expectNoAxeViolations(page, 'the presentation view with the shortcuts overlay open');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  assert.equal(await focusedHeading(), `Step 6 of 7: ${STEP_TITLES[5]}`);

  await page.keyboard.press('Escape');
  await page.getByRole('heading', { level: 1, name: 'Plan STEM teacher leadership, step by step' }).waitFor();
});

test('the presentation reflows at 400% zoom (320 CSS px wide) with no sideways scrolling', async () => {
  await page.setViewportSize({ width: 320, height: 256 });
  await page.goto(APP_URL);
  await page.getByRole('button', { name: 'Present the seven steps on a projector' }).click();
  for (let step = 1; step <= 7; step++) {
    await page.getByRole('heading', { level: 1, name: new RegExp(`^Step ${step} of 7`) }).waitFor();
    assert.ok(await noSidewaysScroll(), `no horizontal scrolling on step ${step} at 320 px`);
    await page.keyboard.press('ArrowRight');
  }
  await page.keyboard.press('?');
  await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
  assert.ok(await noSidewaysScroll(), 'no horizontal scrolling with the overlay open');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Printable worksheets' }).click();
  await page.getByRole('heading', { level: 1, name: 'Printable worksheets' }).waitFor();
  assert.ok(await noSidewaysScroll(), 'no horizontal scrolling on the worksheets at 320 px');
  await page.setViewportSize({ width: 1280, height: 720 });
});

test('the worksheets pass axe and print to a PDF with every step on its own page', async () => {
  // The worksheets have their own address, kept across reloads.
  await page.goto(new URL('/worksheets', APP_URL).href);
  await page.getByRole('heading', { level: 1, name: 'Printable worksheets' }).waitFor();
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Printable worksheets' }).waitFor();
  await expectNoAxeViolations(page, 'the worksheets page');

  const dir = mkdtempSync(join(tmpdir(), 'stl-worksheets-'));
  const pdfPath = join(dir, 'worksheets.pdf');
  writeFileSync(pdfPath, await page.pdf({ format: 'Letter' }));
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  for (const [index, title] of STEP_TITLES.entries()) {
    assert.ok(text.includes(`Step ${index + 1}: ${title}`), `the PDF has step ${index + 1}: ${title}`);
  }
  assert.ok(text.includes('Building STEM Teacher Leadership'), 'the PDF names its source');
  assert.ok(!text.includes('Print worksheets'), 'buttons are not printed');
  assert.ok(!text.includes('STEM Teacher Leadership Planner'), 'the app header is not printed');
  // A page per step: each sheet (profile, then the steps) starts a new page with its header, its name lines and
  // its title; every page carries its number; no page holds only a source line.
  const pages = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim() !== '');
  const lines = (p) => p.split('\n').map((l) => l.trim()).filter(Boolean);
  for (const index of STEP_TITLES.keys()) {
    const first = pages.find((p) => p.includes(`Step ${index + 1}: ${STEP_TITLES[index].split(' ')[0]}`));
    assert.ok(first, `step ${index + 1} is printed`);
    assert.equal(lines(first)[0], `Sheet ${index + 2} of 8`, `step ${index + 1} starts its own page, with its sheet number`);
    assert.ok(first.includes('Participant:') && first.includes('Team or group:'), `step ${index + 1} has lines for a name and a team`);
  }
  for (const [number, page] of pages.entries()) {
    assert.ok(page.includes(`${number + 1} / ${pages.length}`), `page ${number + 1} shows its number`);
    const content = lines(page).filter((l) => l !== `${number + 1} / ${pages.length}`);
    assert.ok(content.length > 1 && !content.every((l) => l.startsWith('Source:')), `page ${number + 1} holds more than a source line`);
  }
  const pageCount = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))[1]);
  assert.equal(pageCount, pages.length);
  if (process.env.KEEP_WORKSHEETS_PDF) writeFileSync(process.env.KEEP_WORKSHEETS_PDF, readFileSync(pdfPath));
});
